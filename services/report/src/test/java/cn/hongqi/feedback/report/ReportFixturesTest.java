package cn.hongqi.feedback.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports this parser was not written against: each fixture in {@code reports/} comes with the
 * tree a reader expects ({@code NAME.expected.json}), written from the text, not from the parser.
 */
class ReportFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportParser parser = new ReportParser();

    @ParameterizedTest
    @ValueSource(strings = {"yunling-county-2021", "beitang-district-2022", "shiqiao-town-2023",
            "jiangbei-district-2019", "meishan-county-2024", "tongjiang-city-2020"})
    void aReportOfTheGenreImportsIntoTheExpectedTree(String name) throws IOException {
        JsonNode expected = JSON.readTree(resource(name + ".expected.json"));

        ParsedReport parsed = parser.parse(name, resource(name + ".txt"));
        Report report = parsed.report();

        assertThat(report.title()).isEqualTo(expected.get("title").asText());
        assertThat(report.subtitle()).isEqualTo(expected.get("subtitle").asText());
        assertThat(report.speaker()).isEqualTo(expected.get("speaker").asText());
        assertThat(report.preamble().get(0).text()).startsWith(expected.get("preambleStartsWith").asText());
        String closing = expected.get("closingStartsWith").asText();
        if (closing.isEmpty()) {
            assertThat(report.closing()).isEmpty();
        } else {
            assertThat(report.closing()).first().extracting(Paragraph::text).asString().startsWith(closing);
        }
        assertThat(report.sections().map(section -> section.key() + " " + section.label() + " " + section.title()).toList())
                .containsExactlyElementsOf(StreamSupport.stream(expected.get("sections").spliterator(), false)
                        .map(section -> section.get("key").asText() + " " + section.get("label").asText() + " " + section.get("title").asText())
                        .toList());
        assertThat(anchorsBySection(report)).isEqualTo(expectedAnchors(expected.get("anchors")));
        assertThat(parsed.warnings()).hasSameSizeAs(expected.get("warnings"));
    }

    @ParameterizedTest
    @CsvSource({
            "empty.txt, the file is empty",
            "blank.txt, the report is empty",
            "gbk.txt, not UTF-8",
            "binary.bin, binary",
            "no-headings.txt, no top-level part"})
    void whatIsNotAReportIsRefusedClearly(String file, String reason) throws IOException {
        byte[] content = resource("bad/" + file);

        assertThatThrownBy(() -> parser.parse("bad", content)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining(reason);
    }

    private static Map<String, List<String>> anchorsBySection(Report report) {
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        report.sections().forEach(section -> {
            List<String> phrases = section.anchors().map(Anchor::phrase).toList();
            if (!phrases.isEmpty()) {
                anchors.put(section.key(), phrases);
            }
        });
        return anchors;
    }

    private static Map<String, List<String>> expectedAnchors(JsonNode anchors) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        anchors.fields().forEachRemaining(entry -> expected.put(entry.getKey(),
                StreamSupport.stream(entry.getValue().spliterator(), false).map(JsonNode::asText).toList()));
        return expected;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReportFixturesTest.class.getResourceAsStream("/reports/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
