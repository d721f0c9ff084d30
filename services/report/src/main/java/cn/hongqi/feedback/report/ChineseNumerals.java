package cn.hongqi.feedback.report;

/** Chinese numerals as reports number their parts: 一 to 九十九. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** {@code 三} is 3, {@code 十二} is 12, {@code 二十} is 20. */
    static int value(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
        int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
        return tens * 10 + units;
    }

    static String of(int value) {
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(value / 10));
        String units = value % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(value % 10));
        return tens + "十" + units;
    }
}
