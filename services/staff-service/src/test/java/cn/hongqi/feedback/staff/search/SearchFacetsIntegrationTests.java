package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Facet counts, date ranges and "more like this", checked against what Elasticsearch itself counts. */
@StaffIntegrationTest
class SearchFacetsIntegrationTests {

    private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void facetCountsEqualWhatElasticsearchCountsForTheSameFilter() throws Exception {
        String marker = SeededComments.uniqueWord();
        for (String sentiment : List.of("negative", "negative", "negative", "positive", "positive", "neutral")) {
            seeded.add("3.5", marker + " 加装电梯的意见", null, "new", sentiment, "suggestion", null);
        }
        seeded.add("3.7", marker + " 养老服务的意见", null, "published", "negative", "complaint", null);

        String body = mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (String sentiment : List.of("negative", "positive", "neutral")) {
            long facet = ((Number) JsonPath.<List<Object>>read(body, "$.facets.sentiment[?(@.value == '%s')].count".formatted(sentiment)).get(0)).longValue();
            long counted = elasticsearch.count(count -> count.index(CommentIndex.ALIAS).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("textSegmented").value(marker)))
                    .filter(f -> f.term(t -> t.field("sentiment.label").value(sentiment)))))).count();
            assertThat(facet).as(sentiment).isEqualTo(counted);
            mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker).param("sentiment", sentiment)))
                    .andExpect(jsonPath("$.total").value((int) counted));
        }
        assertThat(JsonPath.<List<Integer>>read(body, "$.facets.section[?(@.value == '3.5')].count")).containsExactly(6);
        assertThat(JsonPath.<List<Integer>>read(body, "$.facets.status[?(@.value == 'published')].count")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(body, "$.facets.intent[?(@.value == 'complaint')].count")).containsExactly(1);
    }

    @Test
    void aDateRangeKeepsTheDaysGivenInChinaTimeAndRefusesNonsense() throws Exception {
        String marker = SeededComments.uniqueWord();
        seeded.add("3.5", marker + " 今天提交的意见");
        LocalDate today = LocalDate.now(REPORT_ZONE);

        mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker).param("from", today.toString()).param("to", today.toString())))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker).param("to", today.minusDays(1).toString())))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker).param("from", today.toString()).param("to", today.minusDays(1).toString())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("search.dates-reversed"));
        mvc.perform(staff(get("/api/v1/staff/comments").param("from", "2026-13-45")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("search.date-invalid"));
        mvc.perform(get("/search/export.csv").param("from", "yesterday").with(user("reader").roles("STAFF")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("search.date-invalid"));
        mvc.perform(get("/search").param("from", "yesterday").with(user("reader").roles("STAFF")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(staff(get("/api/v1/staff/comments").param("page", "600").param("size", "20")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("search.page-too-deep"));
    }

    @Test
    void moreLikeThisFindsCommentsSayingTheSameAndNotTheCommentItself() throws Exception {
        String marker = SeededComments.uniqueWord();
        String original = seeded.add("3.5", marker + " 老旧小区加装电梯补贴太少，居民出资压力大");
        String similar = seeded.add("3.5", marker + " 加装电梯的补贴能不能提高，老旧小区居民出资困难");
        String unrelated = seeded.add("3.7", marker + " 社区食堂的饭菜价格实惠，老人很满意");

        mvc.perform(staff(get("/api/v1/staff/comments").param("q", marker).param("like", original)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].comment.commentId").value(similar))
                .andExpect(jsonPath("$.items[*].comment.commentId", not(hasItem(original))))
                .andExpect(jsonPath("$.items[*].comment.commentId", not(hasItem(unrelated))));
        mvc.perform(staff(get("/api/v1/staff/comments").param("like", "no-such-comment")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("search.like-unknown"));
    }

    private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD));
    }
}
