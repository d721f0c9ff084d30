package cn.hongqi.feedback.report;

import java.util.List;

/**
 * A node of the report tree that citizens comment on.
 *
 * @param key        stable key: {@code 3} for the third part, {@code 3.7} for its seventh sub-section
 * @param label      the numbering as printed, e.g. {@code 三、} or {@code （七）}
 * @param title      the heading without its numbering
 * @param paragraphs the body text, heading excluded
 */
public record Section(String key, String label, String title, List<String> paragraphs, List<Section> children) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    public int depth() {
        return key.split("\\.").length;
    }
}
