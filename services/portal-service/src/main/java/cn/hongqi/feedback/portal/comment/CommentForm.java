package cn.hongqi.feedback.portal.comment;

/** What the section page's form posts. The text is kept as typed so an error never loses it. */
public record CommentForm(String anchorId, String text, String displayName, boolean consent) {

    public static CommentForm empty() {
        return new CommentForm(null, "", "", false);
    }
}
