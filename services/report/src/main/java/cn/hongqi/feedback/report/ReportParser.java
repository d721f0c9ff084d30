package cn.hongqi.feedback.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a Chinese government work report into a {@link Report}.
 * <p>
 * The shape it expects: a title line; a subtitle starting with a dash (the meeting and the date,
 * possibly wrapped); the speaker; a preamble; top-level parts numbered {@code 一、}; sub-sections
 * numbered {@code （一）} or {@code (一)}; numbered items ({@code 1.} {@code 1、} {@code （1）});
 * and a closing paragraph addressed to the delegates after the last part. A heading often shares
 * its line with the body; the heading then ends at the first full stop.
 */
public final class ReportParser {

    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern PART = Pattern.compile("^(" + NUMERAL + ")、\\s*(.+)$");
    private static final Pattern SUB_SECTION = Pattern.compile("^([（(](" + NUMERAL + ")[）)])\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("^((\\d{1,2})[.．、]|[（(](\\d{1,2})[）)])\\s*(\\D.*)$");
    private static final Pattern ADDRESS_TO_DELEGATES = Pattern.compile("^各位代表[，,！!：:]");
    private static final Pattern SPEAKER_TITLE = Pattern.compile(".*(长|主任|主席|书记|总理)\\s*\\S{1,4}$");
    private static final int LONGEST_HEADING = 60;
    private static final int LONGEST_SPEAKER_LINE = 40;

    /** Parses UTF-8 bytes, as uploaded or read from a file. */
    public ParsedReport parse(String id, byte[] content) {
        return parse(id, ReportText.lines(content));
    }

    /** Parses text already in memory. */
    public ParsedReport parse(String id, String text) {
        return parse(id, text.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedReport parse(String id, List<String> lines) {
        Cursor cursor = new Cursor(lines);
        String title = cursor.next().orElseThrow(() -> new ReportFormatException(0, "the report is empty"));
        if (isHeading(title)) {
            throw new ReportFormatException(cursor.lineNumber(), "the report starts with a heading; its first line must be the title");
        }
        String subtitle = readSubtitle(cursor);
        String speaker = readSpeaker(cursor);

        Tree tree = new Tree(id);
        for (Optional<String> line = cursor.next(); line.isPresent(); line = cursor.next()) {
            tree.add(line.get(), cursor.lineNumber());
        }
        return tree.build(title, subtitle, speaker);
    }

    private static String readSubtitle(Cursor cursor) {
        Optional<String> first = cursor.peek();
        if (first.isEmpty() || !first.get().startsWith("—")) {
            return "";
        }
        StringBuilder subtitle = new StringBuilder(first.get().replaceFirst("^—+", "").strip());
        cursor.next();
        // A wrapped subtitle continues on the following lines until the meeting ("…会议上") is complete.
        while (!subtitle.toString().endsWith("上") && cursor.peekAdjacent().filter(ReportParser::continuesSubtitle).isPresent()) {
            subtitle.append(cursor.next().orElseThrow());
        }
        return subtitle.toString();
    }

    private static boolean continuesSubtitle(String line) {
        return !isHeading(line) && !isAddress(line) && !SPEAKER_TITLE.matcher(line).matches() && line.length() <= LONGEST_SPEAKER_LINE;
    }

    private static String readSpeaker(Cursor cursor) {
        Optional<String> line = cursor.peek();
        if (line.isPresent() && !isHeading(line.get()) && !isAddress(line.get())
                && line.get().length() <= LONGEST_SPEAKER_LINE && !line.get().contains("。")) {
            cursor.next();
            return line.get();
        }
        return "";
    }

    static boolean isHeading(String line) {
        return PART.matcher(line).matches() || SUB_SECTION.matcher(line).matches();
    }

    static boolean isAddress(String line) {
        return ADDRESS_TO_DELEGATES.matcher(line).find() || line.equals("各位代表");
    }

    /** The lines of the text, skipping blank ones, with the number of the line last returned. */
    private static final class Cursor {
        private final List<String> lines;
        private int index = -1;

        Cursor(List<String> lines) {
            this.lines = lines;
        }

        Optional<String> next() {
            do {
                index++;
            } while (index < lines.size() && lines.get(index).isEmpty());
            return index < lines.size() ? Optional.of(lines.get(index)) : Optional.empty();
        }

        Optional<String> peek() {
            int at = index + 1;
            while (at < lines.size() && lines.get(at).isEmpty()) {
                at++;
            }
            return at < lines.size() ? Optional.of(lines.get(at)) : Optional.empty();
        }

        /** The next line only if no blank line comes first. */
        Optional<String> peekAdjacent() {
            int at = index + 1;
            return at < lines.size() && !lines.get(at).isEmpty() ? Optional.of(lines.get(at)) : Optional.empty();
        }

        int lineNumber() {
            return index + 1;
        }
    }

    /** Builds the section tree line by line, and notices gaps in the numbering. */
    private static final class Tree {
        private final String reportId;
        private final List<String> preamble = new ArrayList<>();
        private final List<Node> parts = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Node current;
        private int lastPartNumber;

        Tree(String reportId) {
            this.reportId = reportId;
        }

        void add(String line, int lineNumber) {
            Matcher part = PART.matcher(line);
            Matcher sub = SUB_SECTION.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (part.matches()) {
                lastPartNumber = checkNumber("part", part.group(1) + "、", ChineseNumerals.value(part.group(1)), lastPartNumber, lineNumber);
                current = Node.heading(String.valueOf(parts.size() + 1), part.group(1) + "、", part.group(2), null, false);
                parts.add(current);
            } else if (sub.matches()) {
                Node parent = requirePart(lineNumber, sub.group(1));
                parent.lastChildNumber = checkNumber("sub-section", sub.group(1), ChineseNumerals.value(sub.group(2)), parent.lastChildNumber, lineNumber);
                current = parent.addChild(sub.group(1), sub.group(3), false);
            } else if (item.matches() && current != null) {
                Node parent = current.item ? current.parent : current;
                int number = Integer.parseInt(item.group(2) != null ? item.group(2) : item.group(3));
                parent.lastChildNumber = checkNumber("item", item.group(1), number, parent.lastChildNumber, lineNumber);
                current = parent.addChild(item.group(1), item.group(4), true);
            } else if (current == null) {
                preamble.add(line);
            } else if (isAddress(line)) {
                // An address to the delegates after the sub-sections speaks for the whole part.
                current = current.part();
                current.paragraphs.add(line);
                current.addressAt = current.paragraphs.size() - 1;
                current.addressAfterChildren = !current.children.isEmpty();
            } else {
                current.paragraphs.add(line);
            }
        }

        ParsedReport build(String title, String subtitle, String speaker) {
            if (parts.isEmpty()) {
                throw new ReportFormatException(0, "no top-level part (一、 二、 …) was found; is this a government work report?");
            }
            List<String> closing = takeClosing(parts.get(parts.size() - 1));
            Ids ids = new Ids();
            Report report = new Report(reportId, title, subtitle, speaker,
                    Anchors.paragraphs("0", preamble, ids), parts.stream().map(node -> node.build(ids)).toList(),
                    Anchors.paragraphs("closing", closing, ids));
            return new ParsedReport(report, warnings);
        }

        /** The closing is the last address to the delegates, when nothing but its own text follows it. */
        private static List<String> takeClosing(Node lastPart) {
            if (lastPart.addressAt < 0 || (!lastPart.addressAfterChildren && lastPart.addressAt == 0)) {
                return List.of();
            }
            List<String> closing = new ArrayList<>(lastPart.paragraphs.subList(lastPart.addressAt, lastPart.paragraphs.size()));
            lastPart.paragraphs.subList(lastPart.addressAt, lastPart.paragraphs.size()).clear();
            return closing;
        }

        private Node requirePart(int lineNumber, String label) {
            if (parts.isEmpty()) {
                throw new ReportFormatException(lineNumber, "sub-section " + label + " comes before any top-level part (一、)");
            }
            return parts.get(parts.size() - 1);
        }

        private int checkNumber(String kind, String label, int number, int previous, int lineNumber) {
            if (number != previous + 1) {
                String expected = kind.equals("item") ? String.valueOf(previous + 1) : ChineseNumerals.of(previous + 1);
                warnings.add("line " + lineNumber + ": " + kind + " " + label + " follows number " + previous
                        + (number > previous + 1 ? "; " + expected + " is missing" : "; the numbering goes back"));
            }
            return number;
        }
    }

    /** A section while it is being read. */
    private static final class Node {
        final String key;
        final String label;
        final String title;
        final Node parent;
        final boolean item;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        int lastChildNumber;
        int addressAt = -1;
        boolean addressAfterChildren;

        private Node(String key, String label, String title, Node parent, boolean item) {
            this.key = key;
            this.label = label;
            this.title = title;
            this.parent = parent;
            this.item = item;
        }

        /** Splits an inline heading from its body at the first full stop. */
        static Node heading(String key, String label, String line, Node parent, boolean item) {
            int stop = line.indexOf('。');
            String title = stop > 0 && stop <= LONGEST_HEADING ? line.substring(0, stop) : line;
            Node node = new Node(key, label, title, parent, item);
            String body = title.length() < line.length() ? line.substring(title.length() + 1).strip() : "";
            if (!body.isEmpty()) {
                node.paragraphs.add(body);
            }
            return node;
        }

        Node addChild(String label, String line, boolean item) {
            Node child = heading(key + "." + (children.size() + 1), label, line, this, item);
            children.add(child);
            return child;
        }

        Node part() {
            return parent == null ? this : parent.part();
        }

        Section build(Ids ids) {
            return new Section(key, label, title, Anchors.paragraphs(key, paragraphs, ids),
                    children.stream().map(child -> child.build(ids)).toList());
        }
    }
}
