package cn.hongqi.feedback.staff.summary;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.report.Section;
import cn.hongqi.feedback.reportlog.PublishedReports;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section summaries straight from Elasticsearch aggregations, in one request per section: counts,
 * the daily trend, keywords, significant terms against all comments, the comments the model is
 * surest of for each sentiment, and campaigns. Withdrawn comments, spam and partial documents are
 * not counted.
 */
@Service
public class SectionSummaries {

    private static final int KEYWORDS = 15;
    private static final int SIGNIFICANT = 10;
    private static final int REPRESENTATIVES = 3;
    private static final int CAMPAIGNS = 10;

    private final ElasticsearchClient client;
    private final CommentIndex index;
    private final PublishedReports reports;

    SectionSummaries(ElasticsearchClient client, CommentIndex index, PublishedReports reports) {
        this.client = client;
        this.index = index;
        this.reports = reports;
    }

    /** Every section of the current report, in reading order. */
    public List<SectionSummary> overview() {
        return reports.currentReport().map(report -> report.sections().map(section -> of(section.key()).orElseThrow()).toList())
                .orElse(List.of());
    }

    public Optional<SectionSummary> of(String key) {
        Optional<Section> section = reports.currentReport().flatMap(report -> report.section(key));
        if (section.isEmpty()) {
            return Optional.empty();
        }
        index.ensureExists();
        try {
            SearchResponse<Void> response = client.search(search -> search.index(CommentIndex.ALIAS).size(0)
                    .trackTotalHits(total -> total.enabled(true))
                    .query(counted(key))
                    .aggregations("sentiment", agg -> agg.terms(terms -> terms.field("sentiment.label"))
                            .aggregations("surest", top -> top.topHits(hits -> hits.size(REPRESENTATIVES)
                                    .sort(sort -> sort.field(field -> field.field("sentiment.confidence").order(SortOrder.Desc)))
                                    .source(source -> source.filter(filter -> filter.includes("commentId", "receipt", "text", "sentiment"))))))
                    .aggregations("intent", agg -> agg.terms(terms -> terms.field("intent")))
                    .aggregations("role", agg -> agg.terms(terms -> terms.field("role")))
                    .aggregations("trend", agg -> agg.dateHistogram(histogram -> histogram.field("submittedAt")
                                    .calendarInterval(CalendarInterval.Day).timeZone("Asia/Shanghai").format("yyyy-MM-dd"))
                            .aggregations("sentiment", sub -> sub.terms(terms -> terms.field("sentiment.label"))))
                    .aggregations("keywords", agg -> agg.terms(terms -> terms.field("keywords").size(KEYWORDS)))
                    .aggregations("significant", agg -> agg.significantTerms(terms -> terms.field("keywords").size(SIGNIFICANT)))
                    .aggregations("campaigns", agg -> agg.terms(terms -> terms.field("campaignId").size(CAMPAIGNS).minDocCount(2))
                            .aggregations("example", top -> top.topHits(hits -> hits.size(1)
                                    .source(source -> source.filter(filter -> filter.includes("text")))))), Void.class);
            Map<String, Aggregate> aggregations = response.aggregations();
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            return Optional.of(new SectionSummary(key, section.get().label() + section.get().title(), total,
                    counts(aggregations.get("sentiment")), counts(aggregations.get("intent")), counts(aggregations.get("role")),
                    trend(aggregations.get("trend")), terms(aggregations.get("keywords")), significant(aggregations.get("significant")),
                    representatives(aggregations.get("sentiment")), campaigns(aggregations.get("campaigns"))));
        } catch (IOException e) {
            throw new UncheckedIOException("the comment index cannot be reached", e);
        }
    }

    /** What a summary counts: comments of the section and below, neither withdrawn nor spam nor partial. */
    private static Query counted(String key) {
        return Query.of(query -> query.bool(bool -> bool
                .filter(filter -> filter.term(term -> term.field("sectionPath").value(key)))
                .filter(filter -> filter.exists(exists -> exists.field("text")))
                .mustNot(not -> not.terms(terms -> terms.field("status").terms(values -> values.value(List.of(
                        co.elastic.clients.elasticsearch._types.FieldValue.of(CommentDocument.STATUS_WITHDRAWN),
                        co.elastic.clients.elasticsearch._types.FieldValue.of("spam"))))))));
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        aggregate.sterms().buckets().array().forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return counts;
    }

    private static List<SectionSummary.Day> trend(Aggregate aggregate) {
        return aggregate.dateHistogram().buckets().array().stream()
                .map(bucket -> new SectionSummary.Day(bucket.keyAsString(), counts(bucket.aggregations().get("sentiment"))))
                .toList();
    }

    private static List<SectionSummary.Term> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new SectionSummary.Term(bucket.key().stringValue(), bucket.docCount())).toList();
    }

    private static List<SectionSummary.Term> significant(Aggregate aggregate) {
        return aggregate.sigsterms().buckets().array().stream()
                .map(bucket -> new SectionSummary.Term(bucket.key(), bucket.docCount())).toList();
    }

    private static Map<String, List<SectionSummary.Example>> representatives(Aggregate aggregate) {
        Map<String, List<SectionSummary.Example>> examples = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            examples.put(bucket.key().stringValue(), bucket.aggregations().get("surest").topHits().hits().hits().stream()
                    .map(hit -> hit.source().to(CommentDocument.class))
                    .map(comment -> new SectionSummary.Example(comment.commentId(), comment.receipt(), comment.text(),
                            comment.sentiment() == null ? 0 : comment.sentiment().confidence()))
                    .toList());
        }
        return examples;
    }

    private static List<SectionSummary.Campaign> campaigns(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream().map(bucket -> {
            List<co.elastic.clients.elasticsearch.core.search.Hit<JsonData>> hits = bucket.aggregations().get("example").topHits().hits().hits();
            String text = hits.isEmpty() ? "" : hits.get(0).source().to(CommentDocument.class).text();
            return new SectionSummary.Campaign(bucket.key().stringValue(), bucket.docCount(), text);
        }).toList();
    }
}
