package cn.hongqi.feedback.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParserTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void theHongqiReportHasThreePartsAndTheirSubSections() throws Exception {
        Path file = Path.of(System.getProperty("feedback.report.file"));

        Report report = parser.parse("hongqi-2020", Files.readString(file));

        assertThat(report.title()).isEqualTo("政府工作报告");
        assertThat(report.subtitle()).isEqualTo("2020年5月31日在红旗区第十四届人民代表大会第五次会议上");
        assertThat(report.speaker()).isEqualTo("红旗区人民政府区长 刘宏锋");
        assertThat(report.preamble()).first().isEqualTo("各位代表：");
        assertThat(report.parts()).extracting(Section::title)
                .containsExactly("2019年工作回顾", "2020年工作总体要求", "2020年工作安排");
        assertThat(report.parts()).extracting(part -> part.children().size()).containsExactly(6, 0, 8);
        assertThat(report.section("1.1")).get().extracting(Section::title).isEqualTo("三大攻坚取得新进展，发展基础更牢固");
        assertThat(report.section("1.1").orElseThrow().paragraphs().get(0)).startsWith("坚持把打好三大攻坚战");
        assertThat(report.section("3.8").orElseThrow().title()).isEqualTo("全面提升现代化治理能力");
        assertThat(report.closing()).singleElement().asString().startsWith("各位代表，苦难铸就辉煌");
        assertThat(report.section("3.8").orElseThrow().paragraphs()).noneMatch(paragraph -> paragraph.startsWith("各位代表"));
    }

    @Test
    void editorBookmarksAreStrippedWithoutTouchingTheText() {
        assertThat(ReportParser.clean("[bookmark: _GoBack]（八）全面提升")).isEqualTo("（八）全面提升");
        assertThat(ReportParser.clean("［bookmark：_GoBack］正文")).isEqualTo("正文");
    }

    @Test
    void halfWidthParenthesesAlsoOpenASubSection() {
        Report report = parser.parse("t", """
                政府工作报告
                一、工作回顾
                (一)经济稳中有进。全年增长5%。
                """);

        assertThat(report.section("1.1").orElseThrow().title()).isEqualTo("经济稳中有进");
        assertThat(report.section("1.1").orElseThrow().paragraphs()).containsExactly("全年增长5%。");
    }

    @Test
    void anEmptyTextIsRefusedClearly() {
        assertThatThrownBy(() -> parser.parse("t", " \n\n")).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aTextWithoutHeadingsIsNotAReport() {
        assertThatThrownBy(() -> parser.parse("t", "一段话\n另一段话\n")).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("no top-level part");
    }

    @Test
    void aSubSectionBeforeAnyPartNamesItsLine() {
        assertThatThrownBy(() -> parser.parse("t", "标题\n\n（一）孤立的小节。正文\n一、部分\n"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("line 3:")
                .satisfies(error -> assertThat(((ReportFormatException) error).line()).isEqualTo(3));
    }
}
