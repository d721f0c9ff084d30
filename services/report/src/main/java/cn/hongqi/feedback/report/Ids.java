package cn.hongqi.feedback.report;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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

    /** The first 32 bits of the digest: plenty to tell apart the paragraphs of one report. */
    private static String hash(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }
}
