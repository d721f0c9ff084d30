package cn.hongqi.feedback.staff.search;

import java.util.List;
import java.util.Map;

/**
 * One page of comments found, and facet counts over all of them: for each field
 * ({@code sentiment}, {@code intent}, {@code role}, {@code status}, {@code section}) how many
 * comments have each value, most first.
 */
public record SearchResult(String query, long total, int page, int size, List<CommentHit> items, Map<String, List<FacetCount>> facets) {

    public int pages() {
        return (int) Math.min(Math.min(Integer.MAX_VALUE, (total + size - 1) / size), SearchQuery.MAX_WINDOW / size);
    }
}
