package cn.hongqi.feedback.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the models see of a comment, as hashed feature indexes. Besides words and word pairs:
 * <ul>
 *   <li>words after a negation (不, 没有, 并非…) are marked, so 不满意 and 满意 weigh differently
 *       even when jieba keeps the negation apart;</li>
 *   <li>words after a turn (但是, 不过, 可是…) are counted again as "after the turn", because
 *       the clause after 虽然…但是 is what the writer means;</li>
 *   <li>question marks, question particles, exclamations and length are features of their own;</li>
 *   <li>character pairs keep slang and typos (在接再厉, 666) from being invisible.</li>
 * </ul>
 */
public final class Features {

    static final int NEGATION_SCOPE = 3;
    private static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "未", "无", "别", "非", "不是", "不太", "不够",
            "并非", "毫无", "从未", "从来不", "并不", "一点也不", "一点都不", "不再", "不能", "不会");
    private static final Set<String> TURNS = Set.of("但是", "但", "不过", "可是", "然而", "却", "只是", "就是", "可惜");
    private static final Set<String> CLAUSE_ENDS = Set.of("，", "。", "！", "？", ",", ".", "!", "?", "；", ";");

    private Features() {
    }

    /** The feature names of a text, before hashing; {@code tokens} keep punctuation as clause ends. */
    static List<String> names(String normalized, List<String> tokens) {
        List<String> names = new ArrayList<>();
        int negatedFor = 0;
        boolean afterTurn = false;
        String previous = "^";
        for (String token : tokens) {
            if (CLAUSE_ENDS.contains(token)) {
                negatedFor = 0;
                previous = "|";
                continue;
            }
            names.add("w:" + token);
            names.add("b:" + previous + "_" + token);
            if (negatedFor > 0) {
                names.add("n:" + token);
                negatedFor--;
            }
            if (afterTurn) {
                names.add("t:" + token);
            }
            if (NEGATIONS.contains(token)) {
                negatedFor = NEGATION_SCOPE;
            }
            if (TURNS.contains(token)) {
                afterTurn = true;
            }
            previous = token;
        }
        String stripped = normalized.strip();
        int[] codePoints = stripped.codePoints().filter(Character::isLetterOrDigit).toArray();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            names.add("c:" + new String(codePoints, i, 2));
        }
        if (stripped.contains("?") || stripped.contains("？")) {
            names.add("q:mark");
        }
        if (stripped.matches(".*[吗呢么][?？!！。]*$")) {
            names.add("q:particle");
        }
        if (stripped.contains("!") || stripped.contains("！")) {
            names.add("e:mark");
        }
        int length = codePoints.length;
        names.add(length <= 6 ? "len:short" : length <= 20 ? "len:medium" : length <= 60 ? "len:long" : "len:very-long");
        return names;
    }

    /** Feature names hashed into {@code buckets} slots (the hashing trick: no vocabulary to ship). */
    static int[] hashed(List<String> names, int buckets) {
        return names.stream().mapToInt(name -> Math.floorMod(fnv1a(name), buckets)).distinct().toArray();
    }

    static int fnv1a(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
