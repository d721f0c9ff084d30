package cn.hongqi.feedback.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParserTest {

    private final ReportParser parser = new ReportParser();

    private ParsedReport hongqi() throws Exception {
        return parser.parse("hongqi-2020", Files.readAllBytes(Path.of(System.getProperty("feedback.report.file"))));
    }

    @Test
    void theHongqiReportHasThreePartsAndTheirSubSections() throws Exception {
        ParsedReport parsed = hongqi();
        Report report = parsed.report();

        assertThat(parsed.warnings()).isEmpty();
        assertThat(report.title()).isEqualTo("政府工作报告");
        assertThat(report.subtitle()).isEqualTo("2020年5月31日在红旗区第十四届人民代表大会第五次会议上");
        assertThat(report.speaker()).isEqualTo("红旗区人民政府区长 刘宏锋");
        assertThat(report.parts()).extracting(Section::title)
                .containsExactly("2019年工作回顾", "2020年工作总体要求", "2020年工作安排");
        assertThat(report.parts()).extracting(part -> part.children().size()).containsExactly(6, 0, 8);
        assertThat(report.section("1.1").orElseThrow().title()).isEqualTo("三大攻坚取得新进展，发展基础更牢固");
        assertThat(report.section("1.6").orElseThrow().title()).isEqualTo("全面履职树立新形象，工作作风更扎实");
        assertThat(report.section("3.1").orElseThrow().title()).isEqualTo("夺取疫情防控与经济社会发展双胜利");
        assertThat(report.section("3.8").orElseThrow().title()).isEqualTo("全面提升现代化治理能力");
        assertThat(report.sections().filter(section -> section.depth() == 3)).isEmpty();
    }

    @Test
    void thePreambleAndTheClosingAreKeptApartFromTheParts() throws Exception {
        Report report = hongqi().report();

        assertThat(report.preamble()).extracting(Paragraph::text)
                .containsExactly("各位代表：", "现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。");
        assertThat(report.closing()).singleElement().extracting(Paragraph::text).asString()
                .startsWith("各位代表，苦难铸就辉煌").endsWith("贡献新的更大力量！");
        assertThat(report.section("3.8").orElseThrow().paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.startsWith("各位代表"));
    }

    @Test
    void anAddressToTheDelegatesAfterTheSubSectionsBelongsToThePart() throws Exception {
        Report report = hongqi().report();

        assertThat(report.section("1").orElseThrow().paragraphs()).extracting(Paragraph::text)
                .anyMatch(text -> text.startsWith("各位代表！面对突如其来的新冠肺炎疫情"))
                .anyMatch(text -> text.startsWith("在肯定成绩的同时"));
        assertThat(report.section("1.6").orElseThrow().paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.startsWith("各位代表"));
    }

    @Test
    void leadPhrasesInsideABodyBecomeAnchors() throws Exception {
        Section section = hongqi().report().section("1.1").orElseThrow();

        assertThat(section.anchors()).extracting(Anchor::phrase).containsExactly("防范化解重大风险", "强化污染防治", "做好扶弱帮困");
        assertThat(section.paragraphs().get(0).lead()).isEqualTo("坚持把打好三大攻坚战作为必须加固的经济底板、守牢的政治底线。");
        assertThat(section.anchors().findFirst().orElseThrow().body()).startsWith("2019年处置非法集资兑付结案19起");
    }

    @Test
    void anchorsAndParagraphsKeepTheirIdsWhenTheSameTextIsImportedAgain() throws Exception {
        Report first = hongqi().report();
        Report again = hongqi().report();

        assertThat(again.sections().flatMap(Section::anchors).map(Anchor::id).toList())
                .isEqualTo(first.sections().flatMap(Section::anchors).map(Anchor::id).toList())
                .doesNotHaveDuplicates()
                .isNotEmpty();
        assertThat(again.sections().flatMap(section -> section.paragraphs().stream()).map(Paragraph::id).toList())
                .isEqualTo(first.sections().flatMap(section -> section.paragraphs().stream()).map(Paragraph::id).toList());
    }

    @Test
    void anAnchorIdDoesNotMoveWhenAnotherParagraphChanges() {
        String before = "政府工作报告\n一、工作回顾\n（一）经济。开头一句，说明情况。优化营商环境。正文一。\n（二）民生。改善民生福祉。正文二。\n";
        String after = "政府工作报告\n一、工作回顾\n（一）经济。开头一句，说明的情况有变。优化营商环境。正文一。\n（二）民生。改善民生福祉。正文二。\n";

        assertThat(anchorIds(after)).isEqualTo(anchorIds(before));
    }

    @Test
    void aParagraphIsTheSumOfItsLeadAndItsPoints() throws Exception {
        Report report = hongqi().report();
        String original = Files.readString(Path.of(System.getProperty("feedback.report.file")));

        report.sections().flatMap(section -> section.paragraphs().stream())
                .forEach(paragraph -> assertThat(original).contains(paragraph.text()));
    }

    @Test
    void editorBookmarksAndEntitiesAreStrippedWithoutTouchingTheText() {
        assertThat(ReportText.clean("[bookmark: _GoBack]（八）全面提升")).isEqualTo("（八）全面提升");
        assertThat(ReportText.clean("［bookmark：_GoBack］正文")).isEqualTo("正文");
        assertThat(ReportText.clean("&ldquo;放管服&rdquo;改革&#12290;")).isEqualTo("“放管服”改革。");
        assertThat(ReportText.clean("\u3000\u3000政 府 工作 报告")).isEqualTo("政府工作报告");
        assertThat(ReportText.clean("PM2.5 and PM10 下降")).isEqualTo("PM2.5 and PM10 下降");
        assertThat(ReportText.clean("&bogus; &#1114112;")).isEqualTo("&bogus; &#1114112;");
    }

    @Test
    void halfWidthParenthesesAlsoOpenASubSection() {
        Report report = parser.parse("t", "政府工作报告\n一、工作回顾\n(一)经济稳中有进。全年增长5%。\n").report();

        assertThat(report.section("1.1").orElseThrow().label()).isEqualTo("(一)");
        assertThat(report.section("1.1").orElseThrow().title()).isEqualTo("经济稳中有进");
        assertThat(report.section("1.1").orElseThrow().paragraphs()).extracting(Paragraph::text).containsExactly("全年增长5%。");
    }

    @Test
    void numberedItemsAreAThirdLevel() {
        Report report = parser.parse("t", """
                政府工作报告
                一、工作安排
                （一）加快城市建设
                1.推进老旧小区改造。改造100个小区。
                2、完善公共交通
                新增公交线路5条。
                （二）改善民生
                （1）办好教育。新建学校3所。
                """).report();

        assertThat(report.sections().map(Section::key)).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1");
        assertThat(report.section("1.1.1").orElseThrow().title()).isEqualTo("推进老旧小区改造");
        assertThat(report.section("1.1.2").orElseThrow().label()).isEqualTo("2、");
        assertThat(report.section("1.1.2").orElseThrow().paragraphs()).extracting(Paragraph::text).containsExactly("新增公交线路5条。");
        assertThat(report.section("1.2.1").orElseThrow().label()).isEqualTo("（1）");
    }

    @Test
    void aGapInTheNumberingIsAWarningThatNamesTheLine() {
        ParsedReport parsed = parser.parse("t", "政府工作报告\n一、回顾\n正文。\n二、要求\n正文。\n四、安排\n正文。\n");

        assertThat(parsed.report().parts()).extracting(Section::key).containsExactly("1", "2", "3");
        assertThat(parsed.warnings()).containsExactly("line 6: part 四、 follows number 2; 三 is missing");
    }

    @Test
    void aWrappedSubtitleIsJoinedAndAMissingSpeakerIsEmpty() {
        Report report = parser.parse("t", "政府工作报告\n——2021年1月5日在某县第十七届\n人民代表大会第六次会议上\n各位代表：\n一、回顾\n正文。\n").report();

        assertThat(report.subtitle()).isEqualTo("2021年1月5日在某县第十七届人民代表大会第六次会议上");
        assertThat(report.speaker()).isEmpty();
        assertThat(report.preamble()).extracting(Paragraph::text).containsExactly("各位代表：");
    }

    @Test
    void anEmptyTextIsRefusedClearly() {
        assertThatThrownBy(() -> parser.parse("t", new byte[0])).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse("t", " \n\n\u3000\n")).isInstanceOf(ReportFormatException.class)
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

    @Test
    void gbkBytesAreRefusedWithTheLineAndAHint() throws Exception {
        byte[] gbk = "政府工作报告\n一、回顾\n正文。\n".getBytes("GBK");

        assertThatThrownBy(() -> parser.parse("t", gbk)).isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("line 1:")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void binaryIsRefused() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2, '\n', 5};

        assertThatThrownBy(() -> parser.parse("t", binary)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("binary");
    }

    private List<String> anchorIds(String text) {
        return parser.parse("t", text).report().sections().flatMap(Section::anchors).map(Anchor::id).toList();
    }
}
