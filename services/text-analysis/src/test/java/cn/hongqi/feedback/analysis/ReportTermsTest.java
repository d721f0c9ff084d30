package cn.hongqi.feedback.analysis;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTermsTest {

    @Test
    void theSeedReportsQuotedTermsAreFoundAndItsSlogansAreNot() throws Exception {
        Set<String> terms = ReportTerms.in(Files.readString(Path.of(System.getProperty("feedback.report.file"))));

        assertThat(terms).contains("放管服", "三起来", "清亲法诚快", "e岗通", "四个一批", "大数据", "网格化", "强链", "补链");
        assertThat(terms).noneMatch(term -> term.contains("，") || term.contains("、"))
                .doesNotContain("老城增气质", "在危机中育新机");
    }

    @Test
    void listsOfLongerItemsGiveEachItemButNotTheirRun() {
        assertThat(ReportTerms.in("坚持“鼓励激励、容错纠错、能上能下”，打造“清、亲、法、诚、快”营商环境"))
                .contains("鼓励激励", "容错纠错", "能上能下", "清亲法诚快")
                .doesNotContain("鼓励激励容错纠错能上能下");
    }
}
