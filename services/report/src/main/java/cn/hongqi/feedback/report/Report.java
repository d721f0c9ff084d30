package cn.hongqi.feedback.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A government work report as citizens read it: a title, a preamble, top-level parts with their
 * sub-sections, and a closing.
 *
 * @param id       stable identifier, taken from the file name
 * @param parts    the top-level parts ({@code 一、} …), each with its sub-sections
 */
public record Report(String id, String title, String subtitle, String speaker,
                     List<String> preamble, List<Section> parts, List<String> closing) {

    public Report {
        preamble = List.copyOf(preamble);
        parts = List.copyOf(parts);
        closing = List.copyOf(closing);
    }

    /** Every section in reading order: each part followed by its sub-sections. */
    public Stream<Section> sections() {
        return parts.stream().flatMap(part -> Stream.concat(Stream.of(part), part.children().stream()));
    }

    public Optional<Section> section(String key) {
        return sections().filter(section -> section.key().equals(key)).findFirst();
    }
}
