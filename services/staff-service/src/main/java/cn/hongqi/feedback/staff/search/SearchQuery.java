package cn.hongqi.feedback.staff.search;

/**
 * What staff ask for; the same parameters serve the page and the API, so a search page URL can be
 * shared and replayed.
 *
 * @param q       free text in Chinese or English; empty lists the newest comments
 * @param section a section key; its sub-sections are included
 * @param sort    {@code relevance} (default) or {@code date}
 * @param page    0-based
 */
record SearchQuery(String q, String section, String sort, Integer page, Integer size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    String text() {
        return q == null ? "" : q.strip();
    }

    boolean byDate() {
        return "date".equals(sort) || text().isEmpty();
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    int pageSize() {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
