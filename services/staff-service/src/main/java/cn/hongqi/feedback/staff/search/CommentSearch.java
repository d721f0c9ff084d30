package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.analysis.ChineseSegmenter;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import cn.hongqi.feedback.events.ContactSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Searches comments the way the indexer stored them: the query is segmented with the same
 * {@link ChineseSegmenter}, so its words meet the comment's words in any order, and the whole
 * query as a phrase in the original text ranks first.
 */
@Service
public class CommentSearch {

    private static final Logger log = LoggerFactory.getLogger(CommentSearch.class);
    private static final double PHRASE_BOOST = 3.0;
    private static final int PHRASE_RESCORE_WINDOW = 200;
    private static final int EXPORT_BATCH = 1000;
    private static final int FACET_SIZE = 30;
    private static final int MORE_LIKE_THIS_TERMS = 25;
    /** Staff pick days as they live them, in the report's time zone. */
    private static final String REPORT_TIME_ZONE = "Asia/Shanghai";
    /** Facet name → index field; the names are the search parameters that narrow to a value. */
    private static final Map<String, String> FACETS = facets("sentiment", "sentiment.label", "intent", "intent", "role", "role",
            "status", "status", "section", "sectionKey");

    private final ElasticsearchClient client;
    private final CommentIndex index;
    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final ContactSeal contactSeal;

    CommentSearch(ElasticsearchClient client, CommentIndex index, ContactSeal contactSeal) {
        this.client = client;
        this.index = index;
        this.contactSeal = contactSeal;
    }

    /** Contact details are personal data: only ADMIN accounts see them. */
    public static boolean mayReadContacts(Authentication reader) {
        return reader != null && reader.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    public SearchResult search(SearchQuery query, Authentication reader) {
        query.validate();
        boolean openContacts = mayReadContacts(reader);
        index.ensureExists();
        List<String> words = segmenter.words(query.text());
        Query matching = query(query, words);
        SearchRequest request = SearchRequest.of(search -> {
            FACETS.forEach((facet, field) -> search.aggregations(facet, aggregation -> aggregation.terms(terms -> terms.field(field).size(FACET_SIZE))));
            search.index(CommentIndex.ALIAS)
                    .query(matching)
                    .from(query.pageNumber() * query.pageSize())
                    .size(query.pageSize())
                    .trackTotalHits(total -> total.enabled(true))
                    .highlight(highlight -> highlight.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("text", field -> field.numberOfFragments(0)
                                    .highlightQuery(highlightQuery(words))));
            if (query.byDate()) {
                search.sort(sort -> sort.field(field -> field.field("submittedAt")
                        .order(query.oldestFirst() ? SortOrder.Asc : SortOrder.Desc)));
            } else if (!query.text().isEmpty()) {
                // The whole query as a phrase ranks first; scoring it on the best hits only, not on every match.
                search.rescore(rescore -> rescore.windowSize(PHRASE_RESCORE_WINDOW).query(phrase -> phrase
                        .query(q -> q.matchPhrase(match -> match.field("text").query(query.text())))
                        .rescoreQueryWeight(PHRASE_BOOST)));
            }
            return search;
        });
        try {
            SearchResponse<CommentDocument> response = client.search(request, CommentDocument.class);
            List<CommentHit> hits = response.hits().hits().stream().map(hit -> toHit(hit, openContacts)).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(query.text(), total, query.pageNumber(), query.pageSize(), hits, facets(response));
        } catch (IOException e) {
            throw new UncheckedIOException("the comment index cannot be reached", e);
        }
    }

    /**
     * Every comment the query finds, in batches, oldest first: for exports, which may be far longer
     * than a page and than Elasticsearch's 10,000-hit window. {@code search_after} on the submission
     * time and the comment id walks the whole result without holding it.
     */
    public void forEach(SearchQuery query, Authentication reader, Consumer<CommentHit> each) {
        query.validate();
        Query matching = query(query, segmenter.words(query.text()));
        boolean openContacts = mayReadContacts(reader);
        index.ensureExists();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchRequest request = SearchRequest.of(search -> {
                search.index(CommentIndex.ALIAS).query(matching).size(EXPORT_BATCH)
                        .sort(sort -> sort.field(field -> field.field("submittedAt").order(SortOrder.Asc)))
                        .sort(sort -> sort.field(field -> field.field("commentId").order(SortOrder.Asc)));
                if (from != null) {
                    search.searchAfter(from);
                }
                return search;
            });
            List<Hit<CommentDocument>> hits;
            try {
                hits = client.search(request, CommentDocument.class).hits().hits();
            } catch (IOException e) {
                throw new UncheckedIOException("the comment index cannot be reached", e);
            }
            hits.forEach(hit -> each.accept(toHit(hit, openContacts)));
            if (hits.size() < EXPORT_BATCH) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * Every query word must occur, in any order: as a word of the segmented text, or as a run of
     * characters in the original text when the comment's segmentation may have split it differently
     * (助餐 inside 助餐点). Short dictionary words are always among the indexed words, so they skip
     * the phrase, which costs a third of a search over a million comments.
     */
    private Query query(SearchQuery query, List<String> words) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (String word : words) {
            if (ChineseSegmenter.indexedWherever(word)) {
                bool.must(must -> must.term(term -> term.field("textSegmented").value(word)));
            } else {
                bool.must(must -> must.bool(either -> either
                        .should(should -> should.term(term -> term.field("textSegmented").value(word)))
                        .should(should -> should.matchPhrase(phrase -> phrase.field("text").query(word)))));
            }
        }
        String like = query.likeCommentId();
        if (like != null) {
            bool.must(must -> must.moreLikeThis(similar -> similar.fields("textSegmented").like(l -> l.text(segmentedText(like)))
                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(MORE_LIKE_THIS_TERMS).minimumShouldMatch("30%")));
            bool.mustNot(not -> not.ids(ids -> ids.values(like)));
        }
        if (query.firstDay() != null || query.lastDay() != null) {
            bool.filter(filter -> filter.range(range -> range.date(date -> {
                date.field("submittedAt").format("yyyy-MM-dd").timeZone(REPORT_TIME_ZONE);
                if (query.firstDay() != null) {
                    date.gte(query.firstDay().toString());
                }
                if (query.lastDay() != null) {
                    date.lte(query.lastDay().toString());
                }
                return date;
            })));
        }
        // Partial documents (a decision whose comment is not indexed yet) and comments never
        // acknowledged to their submitter are not comments staff should see.
        bool.filter(filter -> filter.exists(exists -> exists.field("text")));
        bool.mustNot(not -> not.term(term -> term.field("status").value(CommentDocument.STATUS_WITHDRAWN)));
        query.filters().forEach((field, value) -> bool.filter(filter -> filter.term(term -> term.field(field).value(value))));
        return Query.of(q -> q.bool(bool.build()));
    }

    /** The words of the comment staff want more like; a comment that does not exist is like nothing. */
    private String segmentedText(String commentId) {
        try {
            GetResponse<CommentDocument> found = client.get(get -> get.index(CommentIndex.ALIAS).id(commentId), CommentDocument.class);
            if (!found.found() || found.source() == null || found.source().textSegmented() == null) {
                throw new InvalidSearchException("search.like-unknown");
            }
            return found.source().textSegmented();
        } catch (IOException e) {
            throw new UncheckedIOException("the comment index cannot be reached", e);
        }
    }

    private static Map<String, String> facets(String... namesAndFields) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFields.length; i += 2) {
            facets.put(namesAndFields[i], namesAndFields[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(facets);
    }

    private static Map<String, List<FacetCount>> facets(SearchResponse<CommentDocument> response) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.keySet().forEach(facet -> {
            Aggregate aggregate = response.aggregations().get(facet);
            facets.put(facet, aggregate == null ? List.of() : aggregate.sterms().buckets().array().stream()
                    .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount())).toList());
        });
        return facets;
    }

    /** The text field holds single characters, so each query word is highlighted as a phrase of them. */
    private static Query highlightQuery(List<String> words) {
        return Query.of(q -> q.bool(bool -> {
            words.forEach(word -> bool.should(should -> should.matchPhrase(phrase -> phrase.field("text").query(word))));
            return bool;
        }));
    }

    private CommentHit toHit(Hit<CommentDocument> hit, boolean openContacts) {
        CommentDocument comment = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text", List.of());
        String highlight = fragments.isEmpty()
                ? HtmlUtils.htmlEscape(comment.text())
                : String.join("…", fragments);
        String contact = openContacts && comment.sealedContact() != null ? opened(comment) : null;
        return new CommentHit(comment.withoutContact(), highlight, contact);
    }

    private String opened(CommentDocument comment) {
        try {
            return contactSeal.open(comment.commentId(), comment.sealedContact());
        } catch (IllegalArgumentException wrongKey) {
            log.warn("The contact of comment {} does not open with this service's key", comment.commentId());
            return null;
        }
    }
}
