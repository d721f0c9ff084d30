package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.index.CommentDocument;

/**
 * One comment found, with the passage that matched. {@code highlight} is HTML-escaped comment
 * text in which only the {@code <mark>} tags are markup.
 *
 * @param comment the comment without its sealed contact details
 * @param contact the contact details opened, for ADMIN staff only; otherwise {@code null}
 */
public record CommentHit(CommentDocument comment, String highlight, String contact) {
}
