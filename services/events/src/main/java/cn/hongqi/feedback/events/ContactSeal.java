package cn.hongqi.feedback.events;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals a submitter's contact details (phone, e-mail) with AES-256-GCM, so that the comment log and
 * the index hold only ciphertext. The comment id is authenticated with it: a sealed contact copied
 * onto another comment does not open. The key comes from the environment, never from the log.
 * Format: {@code v1.} followed by the base64url of a 12-byte nonce and the ciphertext with its tag.
 */
public final class ContactSeal {

    private static final String PREFIX = "v1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private ContactSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * @param base64Key 32 random bytes in base64, e.g. from {@code openssl rand -base64 32}
     * @throws IllegalArgumentException naming what is wrong with the key, never the key itself
     */
    public static ContactSeal withKey(String base64Key) {
        return new ContactSeal(decodedKey(base64Key));
    }

    /** The 32 bytes of the contact key, or an error naming what is wrong with it, never the key itself. */
    private static byte[] decodedKey(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("no contact key is set (FEEDBACK_CONTACT_KEY): generate one with 'openssl rand -base64 32'");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the contact key (FEEDBACK_CONTACT_KEY) is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the contact key (FEEDBACK_CONTACT_KEY) must be 32 bytes, it is " + key.length);
        }
        return key;
    }

    public String seal(String commentId, String contact) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, commentId).doFinal(contact.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /** @throws IllegalArgumentException when the value was not sealed with this key for this comment */
    public String open(String commentId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed contact");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("not a sealed contact");
        }
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), commentId)
                    .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrongKeyOrComment) {
            throw new IllegalArgumentException("the contact was sealed with another key or for another comment");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /**
     * HMAC-SHA256 of the parts (each ended by a zero byte) under a key of its own for the purpose,
     * derived from this key: values that must be unguessable and stable across restarts and
     * instances, without a second secret to distribute.
     */
    public byte[] keyedDigest(String purpose, String... parts) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            Mac digest = Mac.getInstance("HmacSHA256");
            digest.init(new SecretKeySpec(derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
            for (String part : parts) {
                digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java 17 runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String commentId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(commentId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "ContactSeal[key hidden]";
    }
}
