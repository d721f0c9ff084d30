package cn.hongqi.feedback.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bad-input corpus: {@code bad-input/<surface>.jsonl} on the class path, one case a line. Both
 * services run the cases of their own surfaces; the corpus test counts them all.
 */
public final class BadInputCorpus {

    public static final List<String> SURFACES = List.of("portal-api", "portal-form", "staff-search-api", "staff-search-page",
            "staff-import-api", "staff-import-page", "staff-export");
    public static final Set<String> CATEGORIES = Set.of("size-extremes", "encodings", "control-characters", "zero-width", "bidi",
            "html-js", "sql", "es-query-syntax", "long-tokens", "emoji", "rare-cjk", "formula-injection", "path-traversal",
            "oversized-upload", "wrong-method", "wrong-content-type", "parameter-pollution");

    private static final ObjectMapper JSON = new ObjectMapper();

    private BadInputCorpus() {
    }

    /** Every case aimed at {@code surface}; a @MethodSource for a parametrised test. */
    public static Stream<BadInput> of(String surface) {
        if (!SURFACES.contains(surface)) {
            throw new IllegalArgumentException("no such surface in the corpus: " + surface);
        }
        return read(surface).stream();
    }

    /* One source a surface, for {@code @MethodSource("…BadInputCorpus#portalApi")}. */

    public static Stream<BadInput> portalApi() {
        return of("portal-api");
    }

    public static Stream<BadInput> portalForm() {
        return of("portal-form");
    }

    public static Stream<BadInput> staffSearchApi() {
        return of("staff-search-api");
    }

    public static Stream<BadInput> staffSearchPage() {
        return of("staff-search-page");
    }

    public static Stream<BadInput> staffImportApi() {
        return of("staff-import-api");
    }

    public static Stream<BadInput> staffImportPage() {
        return of("staff-import-page");
    }

    public static Stream<BadInput> staffExport() {
        return of("staff-export");
    }

    public static Stream<BadInput> all() {
        return SURFACES.stream().flatMap(BadInputCorpus::of);
    }

    private static List<BadInput> read(String surface) {
        String resource = "bad-input/" + surface + ".jsonl";
        try (InputStream stream = BadInputCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            List<BadInput> cases = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    cases.add(parse(line, resource + ":" + number, surface));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static BadInput parse(String line, String where, String surface) throws IOException {
        JsonNode node = JSON.readTree(line);
        String category = node.path("category").asText();
        if (!CATEGORIES.contains(category) || !node.hasNonNull("id") || !node.path("expect").has("status")) {
            throw new IllegalStateException(where + ": a case needs an id, a known category and an expected status");
        }
        return new BadInput(node.get("id").asText(), category, surface, node.path("input"), node.path("expect"));
    }
}
