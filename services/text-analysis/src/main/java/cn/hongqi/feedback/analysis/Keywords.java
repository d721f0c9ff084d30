package cn.hongqi.feedback.analysis;

import com.huaban.analysis.jieba.WordDictionary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * TF-IDF keywords. The inverse document frequency of a word is taken from how rare it is in
 * general Chinese, jieba's dictionary frequencies: 电梯 is rare there and says what a comment is
 * about, 我们 is common and says nothing. Words jieba does not know (a report's own terms, place
 * names) are the rarest of all, which is what they are in a comment.
 */
final class Keywords {

    static final int COUNT = 5;
    private static final double UNKNOWN_WORD_IDF = 16.0;
    private static final Set<String> STOP_WORDS = Set.of(
            "我们", "你们", "他们", "自己", "这个", "那个", "这些", "那些", "什么", "怎么", "为什么", "如何", "可以", "能否",
            "是否", "还是", "就是", "但是", "不过", "可是", "虽然", "因为", "所以", "如果", "已经", "现在", "希望", "建议",
            "感觉", "觉得", "认为", "一个", "一下", "一些", "没有", "不是", "非常", "特别", "真的", "还有", "而且", "以及",
            "问题", "情况", "方面", "工作", "进行", "加强", "推进", "今年", "去年", "请问", "谢谢", "大家", "这样", "那样",
            "应该", "需要", "能不能", "有没有", "一直", "时候", "多少", "哪些");

    private Keywords() {
    }

    static List<String> of(List<String> words) {
        Map<String, Long> frequency = words.stream().filter(Keywords::candidate)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return frequency.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Long> entry) -> -entry.getValue() * idf(entry.getKey())))
                .limit(COUNT)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** jieba keeps the natural logarithm of each word's share of its corpus. */
    static double idf(String word) {
        Double logShare = WordDictionary.getInstance().containsWord(word) ? WordDictionary.getInstance().getFreq(word) : null;
        return logShare == null ? UNKNOWN_WORD_IDF : Math.min(-logShare, UNKNOWN_WORD_IDF);
    }

    private static boolean candidate(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !STOP_WORDS.contains(word)
                && !word.chars().allMatch(Character::isDigit) && word.codePoints().anyMatch(Character::isLetter);
    }
}
