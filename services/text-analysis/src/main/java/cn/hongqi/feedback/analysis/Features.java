package cn.hongqi.feedback.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the models see of a comment, as hashed feature indexes (the hashing trick: no vocabulary to
 * ship). Besides words and word pairs:
 * <ul>
 *   <li>words after a negation (不, 没有, 并非…) are marked, so 不满意 and 满意 weigh differently
 *       even when jieba keeps the negation apart;</li>
 *   <li>words after a turn (但是, 不过, 可是…) are counted again as "after the turn", because
 *       the clause after 虽然…但是 is what the writer means;</li>
 *   <li>question marks, question particles, exclamations and length are features of their own;</li>
 *   <li>character pairs keep slang and typos (在接再厉, 666) from being invisible;</li>
 *   <li>the verdict of the rule layer ({@link SentimentCues}), unless the model was trained without it.</li>
 * </ul>
 * Features are hashed as they are found, without building their names: this is the hot path of
 * every comment and of every training example.
 */
public final class Features {

    static final int NEGATION_SCOPE = 3;
    private static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "未", "无", "别", "非", "不是", "不太", "不够",
            "并非", "毫无", "从未", "从来不", "并不", "一点也不", "一点都不", "不再", "不能", "不会");
    private static final Set<String> TURNS = Set.of("但是", "但", "不过", "可是", "然而", "却", "只是", "就是", "可惜");
    private static final Set<String> CLAUSE_ENDS = Set.of("，", "。", "！", "？", ",", ".", "!", "?", "；", ";");
    private static final int OFFSET = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private Features() {
    }

    /** The distinct feature indexes of a text in {@code buckets} slots; {@code tokens} keep punctuation. */
    static int[] of(String normalized, List<String> tokens, boolean withRules, int buckets) {
        Indexes indexes = new Indexes(tokens.size() * 4 + normalized.length() + 8, buckets);
        int negatedFor = 0;
        boolean afterTurn = false;
        String previous = "^";
        for (String token : tokens) {
            if (CLAUSE_ENDS.contains(token)) {
                negatedFor = 0;
                previous = "|";
                continue;
            }
            indexes.add(mix(OFFSET ^ 'w', token));
            indexes.add(mix(mix(OFFSET ^ 'b', previous) ^ '_', token));
            if (negatedFor > 0) {
                indexes.add(mix(OFFSET ^ 'n', token));
                negatedFor--;
            }
            if (afterTurn) {
                indexes.add(mix(OFFSET ^ 't', token));
            }
            if (NEGATIONS.contains(token)) {
                negatedFor = NEGATION_SCOPE;
            }
            if (TURNS.contains(token)) {
                afterTurn = true;
            }
            previous = token;
        }
        int last = -1;
        boolean question = false;
        boolean exclamation = false;
        int length = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            question |= c == '?' || c == '？';
            exclamation |= c == '!' || c == '！';
            if (Character.isLetterOrDigit(c)) {
                if (last >= 0) {
                    indexes.add(((((OFFSET ^ 'c') * PRIME) ^ last) * PRIME ^ c) * PRIME);
                }
                last = c;
                length++;
            }
        }
        if (question) {
            indexes.add(mix(OFFSET, "q:mark"));
        }
        if (endsWithQuestionParticle(normalized)) {
            indexes.add(mix(OFFSET, "q:particle"));
        }
        if (exclamation) {
            indexes.add(mix(OFFSET, "e:mark"));
        }
        indexes.add(mix(OFFSET, length <= 6 ? "len:short" : length <= 20 ? "len:medium" : length <= 60 ? "len:long" : "len:very-long"));
        if (withRules) {
            SentimentCues.features(normalized, tokens).forEach(name -> indexes.add(mix(OFFSET, name)));
        }
        return indexes.distinct();
    }

    private static boolean endsWithQuestionParticle(String text) {
        int end = text.length() - 1;
        while (end >= 0 && "?？!！。 ".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && "吗呢么".indexOf(text.charAt(end)) >= 0;
    }

    /** FNV-1a over the characters of {@code text}, continuing from {@code hash}. */
    private static int mix(int hash, String text) {
        int mixed = hash;
        for (int i = 0; i < text.length(); i++) {
            mixed ^= text.charAt(i);
            mixed *= PRIME;
        }
        return mixed;
    }

    static int fnv1a(String text) {
        return mix(OFFSET, text);
    }

    /** A growing array of bucket indexes. */
    private static final class Indexes {

        private int[] values;
        private int size;
        private final int buckets;

        Indexes(int capacity, int buckets) {
            this.values = new int[capacity];
            this.buckets = buckets;
        }

        void add(int hash) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = Math.floorMod(hash, buckets);
        }

        int[] distinct() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, unique);
        }
    }
}
