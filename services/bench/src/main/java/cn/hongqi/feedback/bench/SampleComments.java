package cn.hongqi.feedback.bench;

import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;

/**
 * Comments of the kind citizens write, in enough variety that no two are the same text (the
 * portal refuses a repeat from one client) and the analyser does real work on each.
 */
final class SampleComments {

    /** Topics with the two-word queries staff would type for them. */
    static final List<String[]> TOPICS = List.of(
            new String[]{"老旧小区加装电梯", "电梯 加装"},
            new String[]{"小区停车位", "停车 小区"},
            new String[]{"社区养老服务", "养老 服务"},
            new String[]{"新建学校的学位", "学校 学位"},
            new String[]{"就业创业补贴", "就业 补贴"},
            new String[]{"垃圾分类投放点", "垃圾 分类"},
            new String[]{"社区医院看病", "医院 看病"},
            new String[]{"早高峰道路拥堵", "道路 拥堵"},
            new String[]{"营商环境和审批", "审批 营商环境"},
            new String[]{"公交线路和站点", "公交 线路"},
            new String[]{"河道治理和水质", "河道 治理"},
            new String[]{"农贸市场的菜价", "菜价 市场"});

    private static final String[] OPENINGS = {"关于", "希望政府重视", "我想说说", "建议", "对于报告里提到的", "作为居民，关心"};
    private static final String[] VIEWS = {
            "，这几年确实有改善，感谢政府的努力。",
            "，问题拖了很久一直没有解决，居民意见很大，希望尽快落实。",
            "，建议公开进度，定期向居民通报。",
            "，补贴标准是多少？在哪里办理？",
            "，执行中还有不少漏洞，监督要跟上，不能只停留在纸面上。",
            "，做得很好，办事效率明显提高了，点赞。",
            "，希望多听取基层群众的意见，方案要因地制宜。",
            "，收费太高，老百姓负担重，失望。"};
    private static final String[] PLACES = {"东街街道", "西街街道", "洪门镇", "小店镇", "新城社区", "北关村", "南湖小区", "工业园区"};
    private static final String RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final List<String> sectionKeys;
    private final String reportId;

    /** Safe to share between the load's client threads. */
    SampleComments(List<String> sectionKeys, String reportId) {
        this.sectionKeys = sectionKeys;
        this.reportId = reportId;
    }

    /** The {@code n}th text: a place, a topic and a view, numbered so that no two are the same. */
    String text(long n) {
        String[] topic = TOPICS.get(random().nextInt(TOPICS.size()));
        return PLACES[random().nextInt(PLACES.length)] + "居民" + (n % 997) + "号：" + OPENINGS[random().nextInt(OPENINGS.length)]
                + topic[0] + VIEWS[random().nextInt(VIEWS.length)] + "（" + n + "）";
    }

    String sectionKey() {
        return sectionKeys.get(random().nextInt(sectionKeys.size()));
    }

    /** A submission as the portal writes it to the comment log. */
    CommentSubmitted submission(long n, Instant at) {
        return submission(text(n), at);
    }

    CommentSubmitted submission(String text, Instant at) {
        return new CommentSubmitted(UUID.randomUUID().toString(), receipt(), reportId, sectionKey(), null, text, Role.CITIZEN,
                null, null, null, at);
    }

    /** The JSON the public API takes. */
    String requestBody(long n) {
        return requestBody("", n);
    }

    /** @param prefix a word that finds these comments among all others, or nothing */
    String requestBody(String prefix, long n) {
        return "{\"sectionKey\":\"" + sectionKey() + "\",\"text\":\"" + prefix + text(n) + "\",\"role\":\"citizen\",\"consent\":true}";
    }

    /** The number a text was made with: its last parenthesised figure. */
    static long numberOf(String text) {
        int open = text.lastIndexOf('（');
        int close = text.lastIndexOf('）');
        return open < 0 || close < open ? -1 : Long.parseLong(text.substring(open + 1, close));
    }

    /** Samples for the report the portal serves now, in its sections. */
    static SampleComments forPortal(HttpClient http, String portal) throws IOException, InterruptedException {
        JsonNode report = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(portal + "/api/v1/report")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> sectionKeys = new ArrayList<>();
        report.findValues("key").forEach(key -> sectionKeys.add(key.asText()));
        return new SampleComments(sectionKeys, report.get("reportId").asText());
    }

    String reportId() {
        return reportId;
    }

    List<String> sectionKeys() {
        return sectionKeys;
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }

    private String receipt() {
        StringBuilder receipt = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(RECEIPT_ALPHABET.charAt(random().nextInt(RECEIPT_ALPHABET.length())));
        }
        return receipt.toString();
    }
}
