package cn.hongqi.feedback.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A government work report as citizens read it: a title, a preamble, top-level parts with their
 * sub-sections and numbered items, and a closing.
 *
 * @param id    stable identifier of the report, the same for all its versions
 * @param parts the top-level parts ({@code 一、} …), each with its sub-sections
 */
public record Report(String id, String title, String subtitle, String speaker,
                     List<Paragraph> preamble, List<Section> parts, List<Paragraph> closing) {

    public Report {
        preamble = List.copyOf(preamble);
        parts = List.copyOf(parts);
        closing = List.copyOf(closing);
    }

    /** Every section in reading order, each followed by those below it. */
    public Stream<Section> sections() {
        return parts.stream().flatMap(Section::subtree);
    }

    /** All the words of the report: title, headings and paragraphs, in reading order. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append('\n');
        Stream.of(preamble.stream(), sections().flatMap(section -> Stream.concat(
                        Stream.of(new Paragraph("", section.title(), List.of())), section.paragraphs().stream())), closing.stream())
                .flatMap(paragraphs -> paragraphs)
                .forEach(paragraph -> text.append(paragraph.text()).append('\n'));
        return text.toString();
    }

    public Optional<Section> section(String key) {
        return sections().filter(section -> section.key().equals(key)).findFirst();
    }
}
