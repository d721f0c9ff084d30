package cn.hongqi.feedback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a Chinese government work report into a {@link Report}.
 * <p>
 * The shape it expects: a title line, a subtitle starting with a dash (the meeting and the date,
 * possibly wrapped), the speaker, a preamble, top-level parts numbered {@code 一、}, sub-sections
 * numbered {@code （一）}, and a closing paragraph addressed to the delegates after the last part.
 * A sub-section heading usually shares its line with the body; the heading ends at the first
 * full stop.
 */
public final class ReportParser {

    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern PART = Pattern.compile("^(" + CHINESE_NUMERAL + ")、\\s*(.+)$");
    private static final Pattern SUB_SECTION = Pattern.compile("^([（(](" + CHINESE_NUMERAL + ")[）)])\\s*(.+)$");
    private static final Pattern EDITOR_NOISE = Pattern.compile("[\\[［]\\s*bookmark\\s*[:：][^\\]］]*[\\]］]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_ADDRESS = Pattern.compile("^各位代表[，,！!]");
    private static final int LONGEST_HEADING = 60;

    public Report parse(String id, String text) {
        List<String> lines = text.lines().map(ReportParser::clean).toList();
        int cursor = skipBlank(lines, 0);
        if (cursor == lines.size()) {
            throw new ReportFormatException(0, "the report is empty");
        }
        String title = lines.get(cursor++);

        StringBuilder subtitle = new StringBuilder();
        cursor = skipBlank(lines, cursor);
        if (cursor < lines.size() && lines.get(cursor).startsWith("——")) {
            while (cursor < lines.size() && !lines.get(cursor).isEmpty()) {
                subtitle.append(lines.get(cursor++));
            }
        }
        cursor = skipBlank(lines, cursor);
        String speaker = cursor < lines.size() && !isHeading(lines.get(cursor)) ? lines.get(cursor++) : "";

        List<String> preamble = new ArrayList<>();
        List<PartBuilder> parts = new ArrayList<>();
        for (int index = cursor; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isEmpty()) {
                continue;
            }
            Matcher part = PART.matcher(line);
            Matcher sub = SUB_SECTION.matcher(line);
            if (part.matches() && part.group(2).length() <= LONGEST_HEADING) {
                parts.add(new PartBuilder(String.valueOf(parts.size() + 1), part.group(1) + "、", part.group(2)));
            } else if (sub.matches() && !parts.isEmpty()) {
                parts.get(parts.size() - 1).addSubSection(sub.group(1), sub.group(3));
            } else if (sub.matches()) {
                throw new ReportFormatException(index + 1, "sub-section " + sub.group(1) + " comes before any top-level part (一、)");
            } else if (parts.isEmpty()) {
                preamble.add(line);
            } else {
                parts.get(parts.size() - 1).addParagraph(line);
            }
        }
        if (parts.isEmpty()) {
            throw new ReportFormatException(0, "no top-level part (一、 二、 …) was found; is this a government work report?");
        }
        List<String> closing = parts.get(parts.size() - 1).takeClosing();
        return new Report(id, title, subtitle.toString().replaceFirst("^——", ""), speaker, preamble,
                parts.stream().map(PartBuilder::build).toList(), closing);
    }

    private static boolean isHeading(String line) {
        return PART.matcher(line).matches() || SUB_SECTION.matcher(line).matches();
    }

    private static int skipBlank(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isEmpty()) {
            index++;
        }
        return index;
    }

    /** Removes what editors leave behind without touching the content. */
    static String clean(String line) {
        return EDITOR_NOISE.matcher(line).replaceAll("").replace('\u3000', ' ').strip();
    }

    private static final class PartBuilder {
        private final String key;
        private final String label;
        private final String title;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<SubSectionBuilder> children = new ArrayList<>();

        PartBuilder(String key, String label, String title) {
            this.key = key;
            this.label = label;
            this.title = title;
        }

        void addSubSection(String label, String line) {
            int headingEnd = line.indexOf('。');
            String heading = headingEnd > 0 && headingEnd <= LONGEST_HEADING ? line.substring(0, headingEnd) : line;
            String body = heading.length() < line.length() ? line.substring(heading.length() + 1).strip() : "";
            SubSectionBuilder child = new SubSectionBuilder(key + "." + (children.size() + 1), label, heading);
            if (!body.isEmpty()) {
                child.paragraphs.add(body);
            }
            children.add(child);
        }

        void addParagraph(String line) {
            if (children.isEmpty()) {
                paragraphs.add(line);
            } else {
                children.get(children.size() - 1).paragraphs.add(line);
            }
        }

        /** The closing is the address to the delegates that ends the last part. */
        List<String> takeClosing() {
            List<String> tail = children.isEmpty() ? paragraphs : children.get(children.size() - 1).paragraphs;
            if (tail.size() > 1 && CLOSING_ADDRESS.matcher(tail.get(tail.size() - 1)).find()) {
                return List.of(tail.remove(tail.size() - 1));
            }
            return List.of();
        }

        Section build() {
            return new Section(key, label, title, paragraphs,
                    children.stream().map(child -> new Section(child.key, child.label, child.title, child.paragraphs, List.of())).toList());
        }
    }

    private record SubSectionBuilder(String key, String label, String title, List<String> paragraphs) {
        SubSectionBuilder(String key, String label, String title) {
            this(key, label, title, new ArrayList<>());
        }
    }
}
