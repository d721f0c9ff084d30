package cn.hongqi.feedback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the lead phrases inside a paragraph: short sentences such as {@code 防范化解重大风险。} or
 * {@code 强化污染防治。} that open a point of the text. Each becomes an {@link Anchor} that a
 * citizen can comment on alone.
 */
final class Anchors {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])");
    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'《》「」]");
    private static final Pattern NOT_IN_A_LEAD_PHRASE = Pattern.compile("[，,、；;：:（）()\\d%％.．]");
    private static final int SHORTEST = 4;
    private static final int LONGEST = 12;

    private Anchors() {
    }

    static List<Paragraph> paragraphs(String sectionKey, List<String> texts, Ids ids) {
        return texts.stream().map(text -> paragraph(sectionKey, text, ids)).toList();
    }

    private static Paragraph paragraph(String sectionKey, String text, Ids ids) {
        StringBuilder lead = new StringBuilder();
        List<String[]> points = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            if (isLeadPhrase(sentence)) {
                points.add(new String[] {sentence.substring(0, sentence.length() - 1), ""});
            } else if (points.isEmpty()) {
                lead.append(sentence);
            } else {
                points.get(points.size() - 1)[1] += sentence;
            }
        }
        // A short sentence that ends the paragraph opens nothing: it stays plain text.
        if (!points.isEmpty() && points.get(points.size() - 1)[1].isEmpty()) {
            String[] last = points.remove(points.size() - 1);
            String sentence = last[0] + "。";
            if (points.isEmpty()) {
                lead.append(sentence);
            } else {
                points.get(points.size() - 1)[1] += sentence;
            }
        }
        List<Anchor> anchors = points.stream()
                .map(point -> new Anchor(ids.of("a", sectionKey, point[0]), point[0], point[1]))
                .toList();
        return new Paragraph(ids.of("p", sectionKey, text), lead.toString(), anchors);
    }

    static boolean isLeadPhrase(String sentence) {
        if (!sentence.endsWith("。")) {
            return false;
        }
        String words = QUOTES.matcher(sentence.substring(0, sentence.length() - 1)).replaceAll("");
        return words.length() >= SHORTEST && words.length() <= LONGEST && !NOT_IN_A_LEAD_PHRASE.matcher(words).find();
    }
}
