package cn.hongqi.feedback.report;

/**
 * A point inside a section that can be commented on alone: a short lead phrase such as
 * {@code 防范化解重大风险} and the text that follows it up to the next lead phrase.
 *
 * @param id stable across re-imports: derived from the section key and the phrase
 */
public record Anchor(String id, String phrase, String body) {

    public String text() {
        return phrase + "。" + body;
    }
}
