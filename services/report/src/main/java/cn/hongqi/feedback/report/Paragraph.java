package cn.hongqi.feedback.report;

import java.util.List;

/**
 * One paragraph of a section: the text before its first lead phrase, then its anchored points.
 *
 * @param id stable across re-imports: derived from the section key and the text
 */
public record Paragraph(String id, String lead, List<Anchor> points) {

    public Paragraph {
        points = List.copyOf(points);
    }

    public String text() {
        StringBuilder text = new StringBuilder(lead);
        points.forEach(point -> text.append(point.text()));
        return text.toString();
    }
}
