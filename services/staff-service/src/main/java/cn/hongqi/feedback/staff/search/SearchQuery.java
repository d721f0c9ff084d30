package cn.hongqi.feedback.staff.search;

/**
 * What staff ask for; the same parameters serve the page and the API, so a search page URL can be
 * shared and replayed.
 *
 * @param q       free text in Chinese or English; empty lists the newest comments
 * @param section a section key; its sub-sections are included
 * @param sentiment {@code positive}, {@code neutral} or {@code negative}
 * @param intent    {@code suggestion}, {@code complaint}, {@code praise} or {@code question}
 * @param role      {@code citizen} or {@code delegate}
 * @param status    {@code new}, {@code published}, {@code hidden} or {@code spam}
 * @param campaign  a campaign id: the comment that started a group of near-duplicates
 * @param sort    {@code relevance} (default), {@code date} (newest first) or {@code oldest}
 * @param page    0-based
 */
public record SearchQuery(String q, String section, String sentiment, String intent, String role, String status, String campaign,
                   String sort, Integer page, Integer size) {

    /** The exact-value filters, by index field; blank ones are left out. */
    java.util.Map<String, String> filters() {
        java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
        put(filters, "sectionPath", section);
        put(filters, "sentiment.label", sentiment);
        put(filters, "intent", intent);
        put(filters, "role", role);
        put(filters, "status", status);
        put(filters, "campaignId", campaign);
        return filters;
    }

    private static void put(java.util.Map<String, String> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(field, value.strip());
        }
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    String text() {
        return q == null ? "" : q.strip();
    }

    boolean byDate() {
        return "date".equals(sort) || oldestFirst() || text().isEmpty();
    }

    /** The moderation queue's order: whoever waited longest comes first. */
    boolean oldestFirst() {
        return "oldest".equals(sort);
    }

    /** The comments awaiting a decision, oldest first, optionally in one section. */
    public static SearchQuery queue(String section, Integer page) {
        return new SearchQuery(null, section, null, null, null, "new", null, "oldest", page, DEFAULT_SIZE);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    int pageSize() {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
