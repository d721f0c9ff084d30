package cn.hongqi.feedback.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an uploaded report, decoded strictly and rid of what editors leave behind, without
 * touching the content: bookmarks, HTML entities, stray spaces between Chinese characters,
 * indentation and invisible characters.
 */
final class ReportText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern BOOKMARK = Pattern.compile("[\\[［]\\s*bookmark\\s*[:：][^\\]］]*[\\]］]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("middot", "·"),
            Map.entry("nbsp", ""), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("sup2", "²"), Map.entry("deg", "°"), Map.entry("permil", "‰"));
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFF0F\\uFF1A-\\uFF20“”‘’]";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=" + CJK + ")[ \\u00A0\\u3000]+(?=" + CJK + ")");
    private static final int SAMPLE_FOR_BINARY = 8192;
    private static final int SHORT_LINE = 40;

    private ReportText() {
    }

    /** Decodes UTF-8 (with or without a BOM) and cleans each line; refuses binary and other encodings, naming the line. */
    static List<String> lines(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (content.length - start == 0) {
            throw new ReportFormatException(0, "the file is empty");
        }
        refuseBinary(content, start);
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                lines.add(clean(decode(content, lineStart, i, lines.size() + 1)));
                lineStart = i + 1;
            }
        }
        return lines;
    }

    static String clean(String raw) {
        String line = BOOKMARK.matcher(raw).replaceAll("");
        line = decodeEntities(line);
        line = INVISIBLE.matcher(line).replaceAll("");
        line = removeStraySpaces(line);
        return line.replace('\u00A0', ' ').strip();
    }

    /**
     * Spaces between Chinese characters are editing noise ({@code 政 府 工 作}), except the one
     * space of a short line such as {@code 区长 刘宏锋}, which separates a title from a name.
     */
    private static String removeStraySpaces(String line) {
        Matcher spaces = SPACE_BETWEEN_CJK.matcher(line);
        long count = spaces.results().count();
        if (count == 0 || count == 1 && line.strip().length() <= SHORT_LINE) {
            return line;
        }
        return spaces.reset().replaceAll("");
    }

    private static String decode(byte[] content, int from, int to, int lineNumber) {
        int end = to > from && content[to - 1] == '\r' ? to - 1 : to;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, from, end - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportFormatException(lineNumber, "the text is not UTF-8 (GBK or GB18030 perhaps?); "
                    + "convert it first, e.g. iconv -f GB18030 -t UTF-8");
        }
    }

    private static void refuseBinary(byte[] content, int start) {
        int line = 1;
        int controls = 0;
        int sampled = Math.min(content.length, start + SAMPLE_FOR_BINARY);
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw new ReportFormatException(line, "the file is binary, not a plain-text report (it contains NUL bytes)");
            } else if (i < sampled && b >= 0 && b < 0x20 && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls * 20 > sampled - start) {
            throw new ReportFormatException(0, "the file is binary, not a plain-text report (too many control characters)");
        }
    }

    private static String decodeEntities(String line) {
        if (line.indexOf('&') < 0) {
            return line;
        }
        Matcher entity = ENTITY.matcher(line);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decodeEntity(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    /** An entity that names no character is left as it was written. */
    private static String decodeEntity(String name, String written) {
        if (!name.startsWith("#")) {
            return NAMED_ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), written);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint) ? Character.toString(codePoint) : written;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
