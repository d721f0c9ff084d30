package cn.hongqi.feedback.staff.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file streamed to the browser as its rows are produced: UTF-8 with a byte-order mark, so
 * Excel opens Chinese correctly; RFC 4180 quoting; cells a spreadsheet would run as formulas kept
 * as text.
 */
public final class CsvDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    /** @param rows called once with a sink that writes each row it is given */
    public static ResponseEntity<StreamingResponseBody> of(String baseName, List<String> header, Consumer<Consumer<List<String>>> rows) {
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writeLine(writer, header);
            try {
                rows.accept(row -> {
                    try {
                        writeLine(writer, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                writer.flush();
            }
        };
        return attachment(body, baseName, "csv", CSV);
    }

    static ResponseEntity<StreamingResponseBody> attachment(StreamingResponseBody body, String baseName, String extension, MediaType type) {
        String name = baseName + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(body);
    }

    /** Every cell quoted, quotes doubled, lines ended with CRLF. */
    private static void writeLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write('"');
            writer.write(ExportRows.neutralised(cells.get(i) == null ? "" : cells.get(i)).replace("\"", "\"\""));
            writer.write('"');
        }
        writer.write("\r\n");
    }
}
