package cn.hongqi.feedback.portal.comment;

import java.util.regex.Pattern;

/**
 * What the portal does to the text a citizen typed before anything else looks at it.
 * <ul>
 *   <li>Zero-width and bidirectional-control characters are <b>stripped</b>: they are invisible,
 *       phones and input methods insert them innocently, and they are how a text is made to read
 *       differently from what it contains or to slip past duplicate detection.</li>
 *   <li>Other control characters (except line breaks and tabs) are <b>refused</b>: no keyboard
 *       types them, so they mean a broken or hostile client.</li>
 *   <li>Half of a surrogate pair is <b>refused</b>: JSON escapes can carry one, but it is no
 *       character, cannot be written as UTF-8 and would fail every service downstream.</li>
 * </ul>
 */
final class SubmittedText {

    /** Joiners (U+200C, U+200D) stay: emoji sequences such as a family are built with them. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029]");

    /** Java's regex matches a surrogate range only where the surrogate is not half of a pair. */
    private static final Pattern UNPAIRED_SURROGATE = Pattern.compile("[\\uD800-\\uDFFF]");

    private SubmittedText() {
    }

    static String withoutInvisibles(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    static boolean hasUnpairedSurrogates(String text) {
        return text != null && UNPAIRED_SURROGATE.matcher(text).find();
    }

    static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }
}
