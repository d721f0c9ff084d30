package cn.hongqi.feedback.staff.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.hongqi.feedback.staff.export.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The moderation audit trail as a spreadsheet, for ADMIN staff: on the console and on the API. */
@RestController
@Tag(name = "账号与审计 Accounts and audit")
class AuditController {

    private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(REPORT_ZONE);
    private static final List<String> COLUMNS = List.of("time", "action", "actor", "comment", "reason", "reply-author", "reply");

    private final ModerationAuditLog log;
    private final MessageSource messages;

    AuditController(ModerationAuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    /** @param from first day (China time), inclusive; @param to last day, inclusive; both optional */
    @GetMapping({"/admin/audit.csv", "/api/v1/staff/audit/moderation.csv"})
    @Operation(operationId = "exportModerationAudit", summary = "审核与答复的审计记录（管理员，CSV） The moderation audit trail (ADMIN, CSV)")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv"))
    ResponseEntity<StreamingResponseBody> moderation(@Parameter(description = "起始日（北京时间，含） First day, inclusive", example = "2021-01-01")
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @Parameter(description = "截止日（含） Last day, inclusive", example = "2021-03-31")
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(REPORT_ZONE).toInstant();
        Instant end = to == null ? Instant.MAX : to.plusDays(1).atStartOfDay(REPORT_ZONE).toInstant();
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = COLUMNS.stream().map(column -> messages.getMessage("audit.column." + column, null, locale)).toList();
        return CsvDownload.of("moderation-audit", header, sink -> log.forEach(start, end, entry -> sink.accept(List.of(
                TIME.format(entry.occurredAt()), messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
                text(entry.actor()), entry.commentId(), text(entry.reason()), text(entry.replyAuthor()), text(entry.replyText())))));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
