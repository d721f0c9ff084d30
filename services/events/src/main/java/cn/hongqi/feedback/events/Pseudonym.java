package cn.hongqi.feedback.events;

import java.util.HexFormat;

/**
 * What a log line says instead of a client address or contact details: a keyed hash (HMAC-SHA256,
 * the first 64 bits in hex). The same value always gives the same pseudonym, so an operator can
 * follow one client through the logs; without the key nobody can try every address or phone number
 * to find whose it was, which a plain hash of so small a space would allow.
 * <p>
 * Its key is derived from the contact key ({@code FEEDBACK_CONTACT_KEY}) rather than being the same
 * bytes, so the sealing key is never used for a second purpose.
 */
public final class Pseudonym {

    private static final String PURPOSE = "feedback.pseudonym.v1";
    private static final int HEX_DIGITS = 16;

    private final ContactSeal secret;

    private Pseudonym(ContactSeal secret) {
        this.secret = secret;
    }

    /** @param base64Key the contact key, as {@link ContactSeal#withKey} takes it */
    public static Pseudonym withKey(String base64Key) {
        return new Pseudonym(ContactSeal.withKey(base64Key));
    }

    /** {@code "-"} for no value, so a log line still reads. */
    public String of(String value) {
        return value == null ? "-" : HexFormat.of().formatHex(secret.keyedDigest(PURPOSE, value)).substring(0, HEX_DIGITS);
    }
}
