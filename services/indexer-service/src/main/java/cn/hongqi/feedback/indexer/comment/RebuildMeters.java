package cn.hongqi.feedback.indexer.comment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** How far {@code ./feedback rebuild-index} has come, from 0 to 1; 0 when no rebuild is running. */
@Component
class RebuildMeters {

    private volatile double progress;

    RebuildMeters(MeterRegistry registry) {
        Gauge.builder("feedback.indexer.rebuild.progress", this, meters -> meters.progress)
                .description("Share of the comment log a running index rebuild has replayed").register(registry);
    }

    void replayed(long done, long total) {
        progress = total == 0 ? 1.0 : Math.min(1.0, done / (double) total);
    }

    void idle() {
        progress = 0;
    }
}
