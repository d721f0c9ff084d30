package cn.hongqi.feedback.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * A node of the report tree that citizens comment on.
 *
 * @param key        stable key: {@code 3} for the third part, {@code 3.7} for its seventh sub-section,
 *                   {@code 3.7.2} for the second numbered item in that
 * @param label      the numbering as printed, e.g. {@code 三、}, {@code （七）} or {@code 2.}
 * @param title      the heading without its numbering
 * @param paragraphs the body text, heading excluded
 */
public record Section(String key, String label, String title, List<Paragraph> paragraphs, List<Section> children) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    public int depth() {
        return key.split("\\.").length;
    }

    /** This section and all below it, in reading order. */
    public Stream<Section> subtree() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Section::subtree));
    }

    public Stream<Anchor> anchors() {
        return paragraphs.stream().flatMap(paragraph -> paragraph.points().stream());
    }
}
