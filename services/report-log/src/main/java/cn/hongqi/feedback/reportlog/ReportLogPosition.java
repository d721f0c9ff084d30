package cn.hongqi.feedback.reportlog;

import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How far this service has read the report log. Until it has read as far as the log reached when
 * it started, the report it knows may be none or an older version: a section it does not know may
 * well exist, and saying so to a citizen would be wrong.
 */
public class ReportLogPosition {

    private static final TopicPartition REPORT_LOG = new TopicPartition(Topics.REPORTS.name(), 0);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofSeconds(1);
    private static final Duration ASK_WITHIN = Duration.ofSeconds(2);

    private final KafkaAdmin admin;
    private final PublishedReports reports;
    private final Clock clock;

    private volatile Long endAtStart;
    private volatile Instant nextAsk = Instant.MIN;
    private volatile boolean caughtUp;

    ReportLogPosition(KafkaAdmin admin, PublishedReports reports, Clock clock) {
        this.admin = admin;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Whether this service has read the log as far as it reached at start; once true, true for good.
     * While the broker cannot say, it asks at most once a second: every request would wait otherwise.
     */
    public boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        if (endAtStart == null) {
            if (clock.instant().isBefore(nextAsk)) {
                return false;
            }
            try {
                endAtStart = end(ASK_WITHIN);
            } catch (ReportLogUnavailableException notYetKnown) {
                nextAsk = clock.instant().plus(ASK_AGAIN_AFTER);
                return false;
            }
        }
        caughtUp = reports.lastOffset() >= endAtStart - 1;
        return caughtUp;
    }

    /** Waits until this service has read every record on the log now. */
    void awaitEnd(Duration within) {
        Instant deadline = clock.instant().plus(within);
        long end = end(within);
        try {
            while (reports.lastOffset() < end - 1) {
                if (clock.instant().isAfter(deadline)) {
                    throw new ReportLogUnavailableException("this service has not yet read the report log up to offset " + end, null);
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportLogUnavailableException("interrupted while reading the report log", e);
        }
    }

    /**
     * The admin client gives up within the caller's wait too: by default it would go on trying for a
     * minute, and closing it waits for that, so a request asking while the broker is down would hang.
     */
    private long end(Duration within) {
        Map<String, Object> properties = new HashMap<>(admin.getConfigurationProperties());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) within.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) within.toMillis());
        AdminClient client = AdminClient.create(properties);
        try {
            return client.listOffsets(Map.of(REPORT_LOG, OffsetSpec.latest())).partitionResult(REPORT_LOG)
                    .get(within.toMillis(), TimeUnit.MILLISECONDS).offset();
        } catch (ExecutionException | TimeoutException e) {
            throw new ReportLogUnavailableException("the report log cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportLogUnavailableException("interrupted while reading the report log", e);
        } finally {
            client.close(Duration.ZERO);
        }
    }
}
