package cn.hongqi.feedback.staff.export;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import cn.hongqi.feedback.staff.search.CommentSearch;
import cn.hongqi.feedback.staff.search.SearchQuery;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

/**
 * The current search, exported for superiors: CSV in UTF-8 with a byte-order mark (so Excel opens
 * Chinese correctly) or XLSX. Both stream: rows are written as Elasticsearch returns them, and the
 * XLSX keeps only a window of rows in memory, so 100,000 comments do not exhaust the heap. The same
 * export answers on the page ({@code /search/export.csv}) and on the API.
 */
@RestController
@Tag(name = "检索 Search")
class ExportController {

    private static final String BASE_NAME = "comments";
    private static final int ROWS_IN_MEMORY = 200;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CommentSearch search;
    private final ExportRows rows;

    ExportController(CommentSearch search, ExportRows rows) {
        this.search = search;
        this.rows = rows;
    }

    /** @param contact ADMIN only: include the contact details (personal data) */
    @GetMapping({"/search/export.csv", "/api/v1/staff/comments/export.csv"})
    @Operation(operationId = "exportCommentsCsv", summary = "导出检索结果为 CSV Export the search as CSV",
            description = "UTF-8（带 BOM，Excel 可直接打开），不受 10,000 条窗口限制。UTF-8 with a byte-order mark; not limited to 10,000 hits.")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "400", description = "检索条件无效 The search cannot run", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    ResponseEntity<StreamingResponseBody> csv(@ParameterObject SearchQuery query, BindingResult binding,
                                              @Parameter(description = "仅管理员：包含联系方式 ADMIN only: include contact details")
                                              @RequestParam(defaultValue = "false") boolean contact,
                                              Authentication reader) {
        SearchQuery.readable(query, binding).validate();
        boolean withContact = contact && CommentSearch.mayReadContacts(reader);
        return CsvDownload.of(BASE_NAME, rows.header(withContact),
                sink -> search.forEach(query, reader, hit -> sink.accept(rows.row(hit, withContact))));
    }

    @GetMapping({"/search/export.xlsx", "/api/v1/staff/comments/export.xlsx"})
    @Operation(operationId = "exportCommentsXlsx", summary = "导出检索结果为 Excel Export the search as XLSX")
    @ApiResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "400", description = "检索条件无效 The search cannot run", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    ResponseEntity<StreamingResponseBody> xlsx(@ParameterObject SearchQuery query, BindingResult binding,
                                               @Parameter(description = "仅管理员：包含联系方式 ADMIN only: include contact details")
                                               @RequestParam(defaultValue = "false") boolean contact,
                                               Authentication reader) {
        SearchQuery.readable(query, binding).validate();
        boolean withContact = contact && CommentSearch.mayReadContacts(reader);
        StreamingResponseBody body = out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
            try {
                Sheet sheet = workbook.createSheet("comments");
                writeRow(sheet, 0, rows.header(withContact));
                int[] next = {1};
                search.forEach(query, reader, hit -> writeRow(sheet, next[0]++, rows.row(hit, withContact)));
                workbook.write(out);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        };
        return CsvDownload.attachment(body, BASE_NAME, "xlsx", XLSX);
    }

    private static void writeRow(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
