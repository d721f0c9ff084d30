package cn.hongqi.feedback.portal.comment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/comments}. Fields are checked by {@link CommentIntake}, the
 * one place that decides what a valid comment is, for the API and the form alike.
 *
 * @param contact how staff may reach the submitter; personal data, sealed before it leaves the
 *                portal and never written to a log
 * @param consent the submitter accepted the privacy notice; required, and must be {@code true}
 */
@Schema(description = "一条意见 A comment")
record CommentRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3.5",
                description = "当前报告中的章节编号，见 GET /api/v1/report A section key of the current report") String sectionKey,
        @Schema(description = "该章节中的要点编号（可选） An anchor of that section, optional") String anchorId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000,
                description = "意见内容，去掉首尾空白后 1 到 2000 字 1 to 2,000 characters after trimming") String text,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"citizen", "delegate"},
                description = "citizen 群众；delegate 人大代表（须以代表账号登录） citizen, or delegate with a delegate login") String role,
        @Schema(maxLength = 50, description = "署名（可选） A display name, optional") String displayName,
        @Schema(maxLength = 100, description = "联系方式（可选），加密保存，仅管理员可见 Contact details, sealed; only ADMIN staff see them") String contact,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "须为 true：已同意隐私说明 Must be true") Boolean consent) {

    /** Whatever logs a request must not log the contact details. */
    @Override
    public String toString() {
        return "CommentRequest[section=" + sectionKey + ", anchor=" + anchorId + ", role=" + role
                + ", contact=" + (contact == null || contact.isBlank() ? "none" : "given") + "]";
    }
}
