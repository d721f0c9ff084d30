package cn.hongqi.feedback.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a report coins and puts in quotes: “放管服”, “三起来”, “清、亲、法、诚、快”. Citizens
 * quote them back, so they must stay whole words for search and keywords.
 * <ul>
 *   <li>A quoted list of short items (清、亲、法、诚、快) is also the run of its items (清亲法诚快),
 *       the way people write it.</li>
 *   <li>Items of a longer list, or joined with + or - (大数据+网格化), are terms of their own.</li>
 *   <li>Slogans (with a comma) and anything outside 2 to 10 characters are not terms.</li>
 * </ul>
 */
public final class ReportTerms {

    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』\\n]{1,40})[”\"」』]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、+＋\\-－/]");
    private static final int SHORTEST = 2;
    private static final int LONGEST = 10;
    private static final int SHORT_ITEM = 2;

    private ReportTerms() {
    }

    public static Set<String> in(String reportText) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(reportText);
        while (quoted.find()) {
            String inside = quoted.group(1).strip();
            if (inside.contains("，") || inside.contains(",") || inside.contains("。")) {
                continue;
            }
            String[] items = LIST_SEPARATOR.split(inside);
            if (items.length == 1) {
                add(terms, inside);
                continue;
            }
            boolean shortItems = true;
            for (String item : items) {
                shortItems &= item.strip().length() <= SHORT_ITEM;
                add(terms, item.strip());
            }
            if (shortItems) {
                add(terms, String.join("", items));
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String term) {
        int length = term.codePointCount(0, term.length());
        if (length >= SHORTEST && length <= LONGEST && term.codePoints().allMatch(Character::isLetterOrDigit)) {
            terms.add(term);
        }
    }
}
