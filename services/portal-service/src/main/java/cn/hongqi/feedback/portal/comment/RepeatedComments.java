package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.report.Sha256;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses the exact same text from the same client again within {@value #WINDOW_MINUTES} minutes: a
 * double click or a reload must not make two comments, and a script must not repeat itself. The same
 * text from other people is a campaign, which is data, not abuse; it is grouped later, not refused.
 */
@Component
class RepeatedComments {

    static final int WINDOW_MINUTES = 10;
    private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);
    private static final int REMEMBERED = 200_000;

    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private final Clock clock;

    RepeatedComments(Clock clock) {
        this.clock = clock;
    }

    /** Claims the text for the client, or refuses it as a repeat; a claim is given back if the comment is not kept. */
    synchronized Claim claim(SubmissionRateLimit.Client client, String sectionKey, String text) {
        Instant now = clock.instant();
        forgetBefore(now.minus(WINDOW));
        String key = fingerprint(client.session() != null ? "session:" + client.session() : "address:" + client.address(), sectionKey, text);
        if (seen.containsKey(key)) {
            throw new CommentRejectedException(HttpStatus.CONFLICT, "text.repeated", "text");
        }
        seen.put(key, now);
        return () -> release(key);
    }

    private synchronized void release(String key) {
        seen.remove(key);
    }

    private void forgetBefore(Instant oldest) {
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Instant> entry = entries.next();
            if (entry.getValue().isAfter(oldest) && seen.size() <= REMEMBERED) {
                break;
            }
            entries.remove();
        }
    }

    private static String fingerprint(String client, String sectionKey, String text) {
        return Sha256.hex((client + "\n" + sectionKey + "\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    /** Gives the text back when the comment was not kept after all, so the citizen can send it again. */
    interface Claim {
        void release();
    }
}
