package cn.hongqi.feedback.portal.comment;

/**
 * The body of {@code POST /api/v1/comments}. Fields are checked by {@link CommentIntake}, the
 * one place that decides what a valid comment is, for the API and the form alike.
 *
 * @param contact how staff may reach the submitter; personal data, sealed before it leaves the
 *                portal and never written to a log
 * @param consent the submitter accepted the privacy notice; required, and must be {@code true}
 */
record CommentRequest(String sectionKey, String anchorId, String text, String role, String displayName, String contact,
                      Boolean consent) {

    /** Whatever logs a request must not log the contact details. */
    @Override
    public String toString() {
        return "CommentRequest[section=" + sectionKey + ", anchor=" + anchorId + ", role=" + role
                + ", contact=" + (contact == null || contact.isBlank() ? "none" : "given") + "]";
    }
}
