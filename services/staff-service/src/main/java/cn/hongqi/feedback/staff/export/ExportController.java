package cn.hongqi.feedback.staff.export;

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
    ResponseEntity<StreamingResponseBody> csv(SearchQuery query, BindingResult binding, @RequestParam(defaultValue = "false") boolean contact,
                                              Authentication reader) {
        SearchQuery.readable(query, binding).validate();
        boolean withContact = contact && CommentSearch.mayReadContacts(reader);
        return CsvDownload.of(BASE_NAME, rows.header(withContact),
                sink -> search.forEach(query, reader, hit -> sink.accept(rows.row(hit, withContact))));
    }

    @GetMapping({"/search/export.xlsx", "/api/v1/staff/comments/export.xlsx"})
    ResponseEntity<StreamingResponseBody> xlsx(SearchQuery query, BindingResult binding, @RequestParam(defaultValue = "false") boolean contact,
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
