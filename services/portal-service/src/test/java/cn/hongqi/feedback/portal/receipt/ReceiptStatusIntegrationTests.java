package cn.hongqi.feedback.portal.receipt;

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

/** A citizen follows a comment by its receipt, against the real index. */
@PortalIntegrationTest
class ReceiptStatusIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndexedComments comments;

    @Test
    void aPublishedCommentShowsItsStatusAndReply() throws Exception {
        comments.add("PQRS-TV23-4567", "3.5", "路灯坏了很久没人修", "published", null, null, new CommentDocument.Reply("已转交区城管局处理。", "区城管局", "admin", Instant.now()));

        mvc.perform(get("/receipts").param("number", "pqrs-tv23-4567"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已公开")))
                .andExpect(content().string(containsString("已转交区城管局处理。")))
                .andExpect(content().string(containsString("官方答复（区城管局）：")));
    }

    @Test
    void aHiddenCommentSaysWhy() throws Exception {
        comments.add("HJKM-NP23-4567", "3.5", "路灯坏了很久没人修", "hidden", null,
                new CommentDocument.Moderation("HIDE", "含有他人电话号码", "admin", Instant.now()), null);

        mvc.perform(get("/receipts").param("number", "HJKM-NP23-4567"))
                .andExpect(content().string(containsString("未公开")))
                .andExpect(content().string(containsString("原因：含有他人电话号码")));
    }

    @Test
    void aWrongOrMalformedNumberRevealsNothing() throws Exception {
        mvc.perform(get("/receipts").param("number", "ZZZZ-ZZZZ-ZZZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到这个回执编号对应的意见")));
        mvc.perform(get("/receipts").param("number", "*"))
                .andExpect(content().string(containsString("没有找到这个回执编号对应的意见")))
                .andExpect(content().string(not(containsString("当前状态"))));
    }
}
