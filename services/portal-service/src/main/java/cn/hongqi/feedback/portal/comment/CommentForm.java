package cn.hongqi.feedback.portal.comment;

/**
 * What the section page's form posts. The text is kept as typed so an error never loses it.
 * An unticked checkbox sends nothing, so {@code consent} may be null.
 */
public record CommentForm(String anchorId, String text, String displayName, String contact, Boolean consent) {

    public static CommentForm empty() {
        return new CommentForm(null, "", "", "", false);
    }

    CommentForm onAnchor(String anchor) {
        return new CommentForm(anchor, text, displayName, contact, consent);
    }

    boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    @Override
    public String toString() {
        return "CommentForm[anchor=" + anchorId + "]";
    }
}
