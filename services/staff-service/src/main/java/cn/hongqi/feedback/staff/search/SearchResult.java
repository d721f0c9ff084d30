package cn.hongqi.feedback.staff.search;

import java.util.List;

public record SearchResult(String query, long total, int page, int size, List<CommentHit> items) {

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
