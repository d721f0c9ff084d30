package cn.hongqi.feedback.events;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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

    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_DIGITS = 16;

    private final SecretKeySpec key;

    private Pseudonym(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** @param base64Key the contact key, as {@link ContactSeal#withKey} takes it */
    public static Pseudonym withKey(String base64Key) {
        byte[] contactKey = ContactSeal.decodedKey(base64Key);
        return new Pseudonym(hmac(new SecretKeySpec(contactKey, ALGORITHM), "feedback.pseudonym.v1"));
    }

    /** {@code "-"} for no value, so a log line still reads. */
    public String of(String value) {
        return value == null ? "-" : HexFormat.of().formatHex(hmac(key, value)).substring(0, HEX_DIGITS);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
