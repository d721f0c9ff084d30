package cn.hongqi.feedback.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule layer: what a careful reader of civic Chinese knows without training data. A lexicon
 * of feeling words, turned by negation (不满意 → 满意 negated), strengthened or softened by degree
 * words (非常, 有点), weighed by where they stand around a turn (the clause after 但是 counts double,
 * the one before it half), and a few marks of sarcasm (呵呵, 好一个"高效"). The rules do not decide:
 * their verdict becomes features the models weigh against everything else ({@link Features}).
 */
final class SentimentCues {

    private static final Set<String> POSITIVE = Set.of("好", "满意", "感谢", "谢谢", "点赞", "支持", "赞", "方便", "及时", "改善",
            "提升", "漂亮", "干净", "放心", "高效", "给力", "优秀", "不错", "棒", "欣慰", "暖心", "受益", "期待", "认可", "肯定",
            "称赞", "到位", "踏实", "舒心", "便利", "快捷", "喜欢", "开心", "高兴", "幸福", "666", "赞成", "加油", "辛苦", "有效",
            "成效", "进步", "靠谱", "贴心", "周到", "省心", "做得好", "好评", "惠民", "实惠", "顺利", "感动", "骄傲", "自豪", "yyds",
            "nb", "太好了", "真好", "很好", "挺好", "点个赞", "给个赞", "好样的", "了不起", "美", "宜居", "安心", "满意度");
    private static final Set<String> NEGATIVE = Set.of("差", "慢", "失望", "不满", "不满意", "拖", "坑", "乱", "脏", "堵", "难",
            "投诉", "敷衍", "扯皮", "推诿", "糊弄", "形式主义", "浪费", "腐败", "骗", "烂", "垃圾", "恶心", "气愤", "愤怒", "无奈",
            "心寒", "折腾", "麻烦", "拖延", "遥遥无期", "没人管", "不管", "噪音", "扰民", "污染", "臭", "太贵", "贵", "难受",
            "担心", "害怕", "焦虑", "糟糕", "离谱", "过分", "画饼", "空话", "套话", "作秀", "面子工程", "拖欠", "漏水", "坏了",
            "落后", "不公平", "不合理", "不透明", "不作为", "不方便", "太慢", "没动静", "石沉大海", "踢皮球", "吐槽", "忽悠",
            "寒心", "可笑", "搞笑", "闹心", "头疼", "受罪", "遭罪", "白搭", "无语", "呵呵", "烂尾", "停滞", "拖了",
            "太少", "不足", "太低", "偏低", "偏高", "太高", "太差", "太难", "太远", "太久", "太多", "太乱", "太吵", "太脏", "太挤",
            "太堵", "不到位", "不及时", "看不到", "没效果", "不落实", "没落实");
    private static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "未", "无", "别", "非", "不是", "不太", "不够", "并非",
            "毫无", "从未", "从来不", "并不", "一点也不", "一点都不", "不再", "不怎么", "谈不上", "算不上");
    private static final Set<String> STRONG = Set.of("非常", "很", "太", "特别", "极其", "十分", "超级", "真", "真是", "相当", "极",
            "实在", "最", "严重", "根本");
    private static final Set<String> WEAK = Set.of("有点", "有些", "稍微", "略", "稍", "略微", "还算", "比较", "一点");
    private static final Set<String> TURNS = Set.of("但是", "但", "不过", "可是", "然而", "却", "只是", "可惜");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", "。", "!", "?", "；", ";", "，", "！", "？");
    private static final Pattern SARCASM = Pattern.compile(
            "呵呵|好一个|真是[\"“'「][^\"”'」]{1,6}[\"”'」]|[\"“「](高效|好|贴心|便民|为民|速度)[\"”」]|感谢.{0,12}拖|谢谢.{0,12}拖|真是太[好棒快]了.*[拖慢等]|又是.{0,6}(规划|口号|承诺)");
    private static final List<String> SARCASM_TRIGGERS = List.of("呵呵", "好一个", "\"", "“", "「", "感谢", "谢谢", "真是", "又是");
    private static final double NEGATED = -0.8;
    private static final int SCOPE = 3;

    private SentimentCues() {
    }

    /** The rule layer's verdict as feature names, from strong negative to strong positive. */
    static List<String> features(String normalized, List<String> tokens) {
        double score = score(tokens);
        String verdict = score >= 2 ? "rule:strong-positive" : score > 0.4 ? "rule:positive"
                : score <= -2 ? "rule:strong-negative" : score < -0.4 ? "rule:negative" : "rule:none";
        return mayBeSarcastic(normalized) && SARCASM.matcher(normalized).find() ? List.of(verdict, "rule:sarcasm") : List.of(verdict);
    }

    /** A cheap look for what every sarcasm pattern needs, so the regular expression runs on few texts. */
    private static boolean mayBeSarcastic(String text) {
        for (String trigger : SARCASM_TRIGGERS) {
            if (text.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    static double score(List<String> tokens) {
        int turn = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (TURNS.contains(tokens.get(i))) {
                turn = i;
            }
        }
        double score = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            double polarity = POSITIVE.contains(token) ? 1 : NEGATIVE.contains(token) ? -1 : 0;
            if (polarity == 0) {
                continue;
            }
            for (int back = i - 1; back >= 0 && back >= i - SCOPE && !CLAUSE_ENDS.contains(tokens.get(back)); back--) {
                String before = tokens.get(back);
                if (NEGATIONS.contains(before)) {
                    polarity *= NEGATED;
                } else if (STRONG.contains(before)) {
                    polarity *= 2;
                } else if (WEAK.contains(before)) {
                    polarity *= 0.5;
                }
            }
            if (turn >= 0) {
                polarity *= i > turn ? 2 : 0.5;
            }
            score += polarity;
        }
        return score;
    }
}
