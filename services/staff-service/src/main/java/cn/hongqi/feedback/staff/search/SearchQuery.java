package cn.hongqi.feedback.staff.search;

import org.springframework.web.util.UriComponentsBuilder;

import org.springframework.validation.BindingResult;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What staff ask for; the same parameters serve the page, the API and the exports, so a search
 * page URL can be shared and replayed.
 *
 * @param q         free text in Chinese or English; empty lists the newest comments
 * @param section   a section key; its sub-sections are included
 * @param sentiment {@code positive}, {@code neutral} or {@code negative}
 * @param intent    {@code suggestion}, {@code complaint}, {@code praise} or {@code question}
 * @param role      {@code citizen} or {@code delegate}
 * @param status    {@code new}, {@code published}, {@code hidden} or {@code spam}
 * @param campaign  a campaign id: the comment that started a group of near-duplicates
 * @param from      first day submitted, {@code yyyy-MM-dd} in China Standard Time, inclusive
 * @param to        last day submitted, inclusive
 * @param like      a comment id: comments that say much the same as it ("more like this")
 * @param sort      {@code relevance} (default), {@code date} (newest first) or {@code oldest}
 * @param page      0-based
 */
public record SearchQuery(String q, String section, String sentiment, String intent, String role, String status, String campaign,
                          String from, String to, String like, String sort, Integer page, Integer size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 200;
    /** Beyond this Elasticsearch refuses from+size; deeper results are for the export. */
    static final int MAX_WINDOW = 10_000;

    /**
     * The query, unless a parameter could not be read at all ({@code page=abc}): Spring would refuse
     * that with a bare "Invalid request content"; staff are told which one it was.
     */
    public static SearchQuery readable(SearchQuery query, BindingResult binding) {
        if (binding.hasFieldErrors()) {
            String field = binding.getFieldErrors().get(0).getField();
            throw new InvalidSearchException(Set.of("page", "size").contains(field) ? "search." + field + "-invalid" : "search.parameter-invalid");
        }
        return query;
    }

    /**
     * Refuses what cannot be searched, with a reason staff can act on. Not in the constructor:
     * Spring builds the query from request parameters and would hide the reason in its own error.
     */
    public void validate() {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("search.query-too-long");
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidSearchException("search.dates-reversed");
        }
        if (page != null && size != null && (long) Math.max(page, 0) * Math.max(1, Math.min(size, MAX_SIZE)) >= MAX_WINDOW) {
            throw new InvalidSearchException("search.page-too-deep");
        }
    }

    /** Every comment of one campaign, whatever its state. */
    public static SearchQuery campaign(String campaignId) {
        return new SearchQuery(null, null, null, null, null, null, campaignId.strip(), null, null, null, null, null, null);
    }

    /** The comments awaiting a decision, oldest first, optionally in one section. */
    public static SearchQuery queue(String section, Integer page) {
        return new SearchQuery(null, section, null, null, null, "new", null, null, null, null, "oldest", page, DEFAULT_SIZE);
    }

    /** The exact-value filters, by index field; blank ones are left out. */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "sectionPath", section);
        put(filters, "sentiment.label", sentiment);
        put(filters, "intent", intent);
        put(filters, "role", role);
        put(filters, "status", status);
        put(filters, "campaignId", campaign);
        return filters;
    }

    private static void put(Map<String, String> filters, String field, String value) {
        if (present(value)) {
            filters.put(field, value.strip());
        }
    }

    LocalDate firstDay() {
        return day(from);
    }

    LocalDate lastDay() {
        return day(to);
    }

    private static LocalDate day(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidSearchException("search.date-invalid");
        }
    }

    String text() {
        return q == null ? "" : q.strip();
    }

    String likeCommentId() {
        return present(like) ? like.strip() : null;
    }

    boolean byDate() {
        return "date".equals(sort) || oldestFirst() || (text().isEmpty() && likeCommentId() == null);
    }

    /** The moderation queue's order: whoever waited longest comes first. */
    boolean oldestFirst() {
        return "oldest".equals(sort);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    int pageSize() {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** This search at {@code path}, e.g. the page or an export, with only the parameters given. */
    public String href(String path) {
        return link(path, parameters());
    }

    /** The same search, another page of it. */
    public String pageHref(int otherPage) {
        return new SearchQuery(q, section, sentiment, intent, role, status, campaign, from, to, like, sort, otherPage, size).href("/search");
    }

    /** The same search narrowed to one value of a facet, from the first page. */
    public String narrowedHref(String facet, String value) {
        Map<String, String> narrowed = parameters();
        narrowed.remove("page");
        narrowed.put(facet, value);
        return link("/search", narrowed);
    }

    private static String link(String path, Map<String, String> parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String[][] pairs = {{"q", q}, {"section", section}, {"sentiment", sentiment}, {"intent", intent}, {"role", role},
                {"status", status}, {"campaign", campaign}, {"from", from}, {"to", to}, {"like", like}, {"sort", sort},
                {"page", page == null || page == 0 ? null : page.toString()}, {"size", size == null ? null : size.toString()}};
        for (String[] pair : pairs) {
            if (present(pair[1])) {
                parameters.put(pair[0], pair[1].strip());
            }
        }
        return parameters;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
