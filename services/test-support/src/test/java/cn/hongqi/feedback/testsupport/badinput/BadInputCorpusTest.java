package cn.hongqi.feedback.testsupport.badinput;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus cannot shrink unnoticed: it is counted by category and by surface against floors. */
class BadInputCorpusTest {

    /** The floors are the counts when the corpus was written; raise them when cases are added. */
    private static final Map<String, Integer> AT_LEAST_BY_CATEGORY = Map.ofEntries(
            Map.entry("size-extremes", 39), Map.entry("encodings", 30), Map.entry("control-characters", 24),
            Map.entry("zero-width", 12), Map.entry("bidi", 10), Map.entry("html-js", 36), Map.entry("sql", 12),
            Map.entry("es-query-syntax", 24), Map.entry("long-tokens", 12), Map.entry("emoji", 12), Map.entry("rare-cjk", 13),
            Map.entry("formula-injection", 21), Map.entry("path-traversal", 15), Map.entry("oversized-upload", 2),
            Map.entry("wrong-method", 18), Map.entry("wrong-content-type", 17), Map.entry("parameter-pollution", 18));
    private static final Map<String, Integer> AT_LEAST_BY_SURFACE = Map.of("portal-api", 146, "portal-form", 35,
            "staff-search-api", 59, "staff-search-page", 23, "staff-import-api", 26, "staff-import-page", 8, "staff-export", 18);

    @Test
    void theCorpusHasAtLeastTwoHundredCases() {
        assertTrue(BadInputCorpus.all().count() >= 200);
    }

    @Test
    void everyCategoryKeepsItsCases() {
        Map<String, Long> counted = BadInputCorpus.all().collect(Collectors.groupingBy(BadInput::category, Collectors.counting()));

        assertEquals(BadInputCorpus.CATEGORIES, counted.keySet());
        AT_LEAST_BY_CATEGORY.forEach((category, floor) ->
                assertTrue(counted.get(category) >= floor, () -> category + " has " + counted.get(category) + " cases, fewer than " + floor));
    }

    @Test
    void everySurfaceKeepsItsCases() {
        AT_LEAST_BY_SURFACE.forEach((surface, floor) -> {
            long counted = BadInputCorpus.of(surface).count();
            assertTrue(counted >= floor, () -> surface + " has " + counted + " cases, fewer than " + floor);
        });
    }

    @Test
    void caseIdsAreUnique() {
        Set<String> duplicated = BadInputCorpus.all().collect(Collectors.groupingBy(BadInput::id, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());

        assertEquals(Set.of(), duplicated);
    }

    @Test
    void everyRefusalNamesWhatItMustSay() {
        Set<String> silent = BadInputCorpus.all().filter(badInput -> !badInput.accepted())
                .filter(badInput -> badInput.reason().isEmpty() && badInput.message().isEmpty() && badInput.surface().endsWith("-page"))
                .map(BadInput::id).collect(Collectors.toSet());

        assertEquals(Set.of(), silent, "a refused page must name the message it shows");
    }
}
