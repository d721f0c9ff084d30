package cn.hongqi.feedback.staff.export;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.reportlog.PublishedReports;
import cn.hongqi.feedback.report.Section;
import cn.hongqi.feedback.staff.search.CommentHit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of an export: what a superior reads in a spreadsheet, with section titles and labels in
 * words, never personal data unless an ADMIN asks for it. Every cell a spreadsheet would take for a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, so a
 * comment cannot run code on the reader's machine.
 */
@Component
class ExportRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> COLUMNS = List.of("receipt", "submitted", "section", "section-title", "role", "delegation",
            "name", "text", "sentiment", "score", "intent", "keywords", "campaign", "status", "reason", "reply-author", "reply");

    private final PublishedReports reports;
    private final MessageSource messages;

    ExportRows(PublishedReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    List<String> header(boolean withContact) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = new ArrayList<>(COLUMNS.stream()
                .map(column -> messages.getMessage("export.column." + column, null, locale)).toList());
        if (withContact) {
            header.add(messages.getMessage("export.column.contact", null, locale));
        }
        return header;
    }

    List<String> row(CommentHit hit, boolean withContact) {
        CommentDocument comment = hit.comment();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> titles = sectionTitles();
        List<String> row = new ArrayList<>(List.of(
                text(comment.receipt()),
                comment.submittedAt() == null ? "" : TIME.format(comment.submittedAt()),
                text(comment.sectionKey()),
                text(titles.get(comment.sectionKey())),
                comment.role() == null ? "" : messages.getMessage("role." + comment.role(), null, comment.role(), locale),
                text(comment.delegation()),
                text(comment.displayName()),
                text(comment.text()),
                comment.sentiment() == null ? "" : messages.getMessage("sentiment." + comment.sentiment().label(), null, locale),
                comment.sentiment() == null ? "" : String.valueOf(comment.sentiment().score()),
                comment.intent() == null ? "" : messages.getMessage("intent." + comment.intent(), null, locale),
                comment.keywords() == null ? "" : String.join(" ", comment.keywords()),
                text(comment.campaignId()),
                comment.status() == null ? "" : messages.getMessage("status." + comment.status(), null, comment.status(), locale),
                comment.moderation() == null ? "" : text(comment.moderation().reason()),
                comment.reply() == null ? "" : text(comment.reply().author()),
                comment.reply() == null ? "" : text(comment.reply().text())));
        if (withContact) {
            row.add(text(hit.contact()));
        }
        return row.stream().map(ExportRows::neutralised).toList();
    }

    /** A cell that a spreadsheet would read as a formula is kept as text. */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }

    private Map<String, String> sectionTitles() {
        return reports.currentReport().map(report -> report.sections()
                .collect(Collectors.toMap(Section::key, section -> section.label() + section.title(), (a, b) -> a)))
                .orElse(Map.of());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
