package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.portal.IndexedComments;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

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
    IndexedComments comments;

    @Test
    void publishedCommentsAndTheirRepliesAppearAndOthersDoNot() throws Exception {
        comments.add("TEST-0000-0001", "3.7", "希望多建社区食堂<b>真的</b>", "published", "王女士", null,
                new CommentDocument.Reply("已列入2021年民生实事项目。", "区民政局", "admin", Instant.now()));
        comments.add("TEST-0000-0002", "3.7", "这条意见尚未审核", "new", null, null, null);
        comments.add("TEST-0000-0003", "3.7", "这条意见被隐藏了", "hidden", null, null, null);

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
}
