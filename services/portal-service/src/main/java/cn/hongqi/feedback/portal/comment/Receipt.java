package cn.hongqi.feedback.portal.comment;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * What the submitter keeps: the comment id, and a receipt number that is short enough to read
 * over the phone. Crockford's alphabet leaves out I, L, O and U, which are easily misread.
 */
record Receipt(String commentId, String number) {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static Receipt random() {
        return new Receipt(UUID.randomUUID().toString(), number(RANDOM.nextLong()));
    }

    /** Twelve characters from the low 60 bits. */
    static String number(long bits) {
        StringBuilder number = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                number.append('-');
            }
            number.append(ALPHABET[(int) (bits >>> (5 * i)) & 31]);
        }
        return number.toString();
    }
}
