package cn.hongqi.feedback.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Ids of paragraphs and anchors, derived from their section and their own text, so that they
 * survive a re-import of the same text and edits elsewhere in the report. A text that occurs twice
 * in a section gets a numbered suffix the second time.
 */
final class Ids {

    private final Set<String> used = new HashSet<>();

    String of(String prefix, String sectionKey, String text) {
        String base = prefix + "-" + hash(sectionKey + "|" + text);
        String id = base;
        for (int copy = 2; !used.add(id); copy++) {
            id = base + "-" + copy;
        }
        return id;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
