package cn.hongqi.feedback.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        IntStream.rangeClosed(1, 2000).forEach(ms -> latencies.add(ms * 1_000_000L));

        assertThat(latencies.percentileMillis(50)).isEqualTo(1000.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(1980.0);
        assertThat(latencies.maxMillis()).isEqualTo(2000.0);
        assertThat(new Latencies().percentileMillis(99)).isZero();
    }

    @Test
    void sampleTextsNeverRepeatSoThePortalTakesEachOne() {
        SampleComments samples = new SampleComments(List.of("1", "3.5"), "hongqi-2020");

        assertThat(IntStream.range(0, 5000).mapToObj(samples::text).distinct()).hasSize(5000);
        assertThat(samples.requestBody(7)).startsWith("{\"sectionKey\":\"").contains("\"consent\":true");
    }
}
