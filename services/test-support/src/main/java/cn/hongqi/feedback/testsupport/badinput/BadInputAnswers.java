package cn.hongqi.feedback.testsupport.badinput;

import org.springframework.web.util.HtmlUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every answer to a corpus case must be, whatever the surface. */
public final class BadInputAnswers {

    /** A Java stack frame, an exception's class name and message, or Spring Boot's default error page. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (cn|org|com|java|jdk|jakarta|sun)\\.[\\w.$]+\\(|\\b[\\w.]+(Exception|Error):\\s|Whitelabel|\"trace\"\\s*:");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]+)\"");

    private BadInputAnswers() {
    }

    /**
     * The expected status, never a server error or a stack trace; a refusal says why in words, and
     * in the words of the message the case names, if any.
     */
    public static void assertAnswered(BadInput badInput, int status, String body) {
        assertTrue(status < 500, () -> badInput + " got a server error " + status + ": " + abbreviated(body));
        assertFalse(STACK_TRACE.matcher(body).find(), () -> badInput + " shows a stack trace: " + abbreviated(body));
        assertEquals(badInput.status(), status, () -> badInput + " answered " + status + ": " + abbreviated(body));
        if (status >= 400) {
            assertTrue(humanMessage(badInput, body), () -> badInput + " was refused without a message: " + abbreviated(body));
            badInput.reason().ifPresent(reason ->
                    assertTrue(body.contains("\"reason\":\"" + reason + "\""), () -> badInput + " lacks reason " + reason + ": " + abbreviated(body)));
        }
        badInput.message().ifPresent(message ->
                assertTrue(body.contains(message), () -> badInput + " lacks the message “" + message + "”: " + abbreviated(body)));
    }

    /**
     * The element that starts at {@code opening} holds {@code text} as text: no tag inside it but
     * those the page itself adds ({@code allowedTags}), and unescaped it reads as the text.
     */
    public static void assertShownAsText(BadInput badInput, String html, String opening, String closing, String allowedTags, String text) {
        int start = html.indexOf(opening);
        if (start < 0) {
            fail(badInput + ": the page does not show " + opening);
        }
        int end = html.indexOf(closing, start + opening.length());
        String shown = html.substring(start + opening.length(), end).replaceAll(allowedTags, "");
        assertFalse(shown.contains("<"), () -> badInput + " is shown as markup: " + shown);
        assertEquals(text, HtmlUtils.htmlUnescape(shown), () -> badInput + " is not shown as it was written");
    }

    /** A problem's detail in words; a page's message is the one the case names, checked by the caller. */
    private static boolean humanMessage(BadInput badInput, String body) {
        if (body.stripLeading().startsWith("{")) {
            Matcher detail = DETAIL.matcher(body);
            return detail.find() && detail.group(1).chars().filter(Character::isLetter).count() > 5;
        }
        return !body.isBlank() && badInput.message().isPresent();
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
