package cn.hongqi.feedback.portal.comment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Guards the comment form with one token: the time the form was shown and the browser's
 * {@code feedback-client} cookie, signed. It is
 * <ul>
 *   <li>CSRF protection (a signed double-submit cookie): another site can make a browser post the
 *       form, but cannot read the cookie to sign for it;</li>
 *   <li>a minimum fill time: a form posted faster than a person can read and type is a bot's;</li>
 *   <li>an expiry, so tokens cannot be collected and replayed later.</li>
 * </ul>
 * A honeypot field, hidden from people, catches bots that fill in every field.
 */
@Component
class FormGuard {

    private static final Duration VALID_FOR = Duration.ofHours(12);

    private final byte[] secret;
    private final Duration minimumFillTime;
    private final Clock clock;

    FormGuard(FormGuardProperties properties, Clock clock) {
        this.secret = properties.secret() == null || properties.secret().isBlank()
                ? SecureRandom.getSeed(32) : properties.secret().getBytes(StandardCharsets.UTF_8);
        this.minimumFillTime = properties.minimumFillTime();
        this.clock = clock;
    }

    String issue(String client) {
        long shownAt = clock.instant().getEpochSecond();
        return shownAt + "." + sign(client, shownAt);
    }

    /** Refuses a post that did not come from a form this portal showed to this browser, or came too soon. */
    void check(String client, String token, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            throw refusal("form.invalid");
        }
        if (client == null || token == null || !token.matches("\\d{1,12}\\.[0-9a-f]{64}")) {
            throw refusal("form.invalid");
        }
        long shownAt = Long.parseLong(token.substring(0, token.indexOf('.')));
        String expected = sign(client, shownAt);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw refusal("form.invalid");
        }
        Instant shown = Instant.ofEpochSecond(shownAt);
        Instant now = clock.instant();
        if (shown.plus(VALID_FOR).isBefore(now)) {
            throw refusal("form.expired");
        }
        if (shown.plus(minimumFillTime).isAfter(now)) {
            throw refusal("form.too-fast");
        }
    }

    private static CommentRejectedException refusal(String reason) {
        return new CommentRejectedException(HttpStatus.BAD_REQUEST, reason, "form");
    }

    private String sign(String client, long shownAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((client + "|" + shownAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
