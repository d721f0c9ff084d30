package cn.hongqi.feedback.portal.comment;

/**
 * The body of {@code POST /api/v1/comments}. Fields are checked by {@link CommentIntake}, the
 * one place that decides what a valid comment is, for the API and the form alike.
 *
 * @param consent the submitter accepted the privacy notice; required, and must be {@code true}
 */
record CommentRequest(String sectionKey, String anchorId, String text, String role, String displayName, Boolean consent) {
}
