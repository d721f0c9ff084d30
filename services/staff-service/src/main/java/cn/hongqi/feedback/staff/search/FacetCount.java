package cn.hongqi.feedback.staff.search;

/** How many of the comments found have one value of a field. */
public record FacetCount(String value, long count) {
}
