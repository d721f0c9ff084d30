package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.report.SectionKeys;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The section page shows what staff published, with the official reply, from the real index. */
@PortalIntegrationTest
class PublishedCommentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    CommentIndex index;

    @Test
    void publishedCommentsAndTheirRepliesAppearAndOthersDoNot() throws Exception {
        index("3.7", "希望多建社区食堂<b>真的</b>", "published", "王女士",
                new CommentDocument.Reply("已列入2021年民生实事项目。", "区民政局", "admin", Instant.now()));
        index("3.7", "这条意见尚未审核", "new", null, null);
        index("3.7", "这条意见被隐藏了", "hidden", null, null);

        mvc.perform(get("/sections/3.7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("希望多建社区食堂&lt;b&gt;真的&lt;/b&gt;")))
                .andExpect(content().string(containsString("王女士")))
                .andExpect(content().string(containsString("官方答复（区民政局）：")))
                .andExpect(content().string(containsString("已列入2021年民生实事项目。")))
                .andExpect(content().string(not(containsString("这条意见尚未审核"))))
                .andExpect(content().string(not(containsString("这条意见被隐藏了"))));
    }

    @Test
    void aSectionWithoutPublishedCommentsSaysSo() throws Exception {
        mvc.perform(get("/sections/2")).andExpect(content().string(containsString("这一部分还没有公开的意见")));
    }

    private void index(String sectionKey, String text, String status, String displayName, CommentDocument.Reply reply) throws Exception {
        index.ensureExists();
        String id = UUID.randomUUID().toString();
        CommentDocument document = new CommentDocument(id, "TEST-0000-" + id.substring(0, 4).toUpperCase(), "hongqi-2020-government-work-report",
                sectionKey, SectionKeys.pathOf(sectionKey), null, text, text, "citizen", displayName, status,
                Instant.now(), Instant.now(), null, reply);
        client.index(request -> request.index(CommentIndex.ALIAS).id(id).document(document).refresh(Refresh.True));
    }
}
