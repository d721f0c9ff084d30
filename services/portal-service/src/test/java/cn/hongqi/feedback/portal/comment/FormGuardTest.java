package cn.hongqi.feedback.portal.comment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormGuardTest {

    private static final Instant SHOWN = Instant.parse("2026-11-30T04:00:00Z");

    private final FormGuard shownAt = guard(SHOWN);
    private final String token = shownAt.issue("browser-1");

    @Test
    void aFormFilledInByAPersonPasses() {
        assertThatCode(() -> guard(SHOWN.plusSeconds(20)).check("browser-1", token, "")).doesNotThrowAnyException();
    }

    @Test
    void aFormPostedWithinTheMinimumFillTimeIsABots() {
        assertRefused(guard(SHOWN.plusSeconds(1)), "browser-1", token, null, "form.too-fast");
    }

    @Test
    void aTokenFromAnotherBrowserIsRefusedAsCrossSite() {
        assertRefused(guard(SHOWN.plusSeconds(20)), "browser-2", token, null, "form.invalid");
        assertRefused(guard(SHOWN.plusSeconds(20)), null, token, null, "form.invalid");
    }

    @Test
    void aTamperedOrMissingTokenIsRefused() {
        String earlier = (SHOWN.getEpochSecond() - 60) + token.substring(token.indexOf('.'));
        assertRefused(guard(SHOWN.plusSeconds(20)), "browser-1", earlier, null, "form.invalid");
        assertRefused(guard(SHOWN.plusSeconds(20)), "browser-1", null, null, "form.invalid");
        assertRefused(guard(SHOWN.plusSeconds(20)), "browser-1", "<script>", null, "form.invalid");
    }

    @Test
    void anOldTokenHasExpired() {
        assertRefused(guard(SHOWN.plus(Duration.ofHours(13))), "browser-1", token, null, "form.expired");
    }

    @Test
    void aFilledHoneypotIsABots() {
        assertRefused(guard(SHOWN.plusSeconds(20)), "browser-1", token, "http://spam.example", "form.invalid");
    }

    private static void assertRefused(FormGuard guard, String client, String token, String honeypot, String reason) {
        assertThatThrownBy(() -> guard.check(client, token, honeypot)).isInstanceOf(CommentRejectedException.class)
                .hasMessage(reason);
    }

    /** All guards share one secret, as the instances behind one address must. */
    private static FormGuard guard(Instant now) {
        return new FormGuard(new FormGuardProperties("test-secret", Duration.ofSeconds(3)), Clock.fixed(now, ZoneOffset.UTC));
    }
}
