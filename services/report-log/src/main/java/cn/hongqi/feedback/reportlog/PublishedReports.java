package cn.hongqi.feedback.reportlog;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.report.Report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * This service's view of the report log: the latest version of each report, and which report the
 * platform currently serves (the one imported last). Fed by {@link ReportLogListener}.
 */
public class PublishedReports {

    private final Map<String, ReportPublished> latestById = new ConcurrentHashMap<>();
    private volatile ReportPublished current;
    private final List<Consumer<ReportPublished>> followers = new CopyOnWriteArrayList<>();
    private volatile long lastOffset = -1;

    /** Keeps a version unless a later one of the same report is already known. */
    synchronized void accept(ReportPublished published, long offset) {
        ReportPublished known = latestById.get(published.reportId());
        if (known == null || published.version() > known.version()) {
            latestById.put(published.reportId(), published);
            current = published;
            followers.forEach(follower -> follower.accept(published));
        }
        seen(offset);
    }

    /** Calls {@code follower} with every version known now and every later one as it arrives. */
    public synchronized void follow(Consumer<ReportPublished> follower) {
        latestById.values().forEach(follower);
        followers.add(follower);
    }

    /** Unreadable records count as read, or an importer waiting to catch up would wait forever. */
    synchronized void seen(long offset) {
        lastOffset = Math.max(lastOffset, offset);
    }

    public Optional<ReportPublished> latest(String reportId) {
        return Optional.ofNullable(latestById.get(reportId));
    }

    /** The version the platform serves now, if any report was imported. */
    public Optional<ReportPublished> current() {
        return Optional.ofNullable(current);
    }

    public Optional<Report> currentReport() {
        return current().map(ReportPublished::report);
    }

    long lastOffset() {
        return lastOffset;
    }
}
