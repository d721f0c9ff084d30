package cn.hongqi.feedback.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for one user name within
 * {@link #WINDOW}, that name is locked for the rest of the window, even with the right password.
 * A success clears the count. The lock is per name, not per address, so that guessing from many
 * addresses is slowed too; its price is that an attacker can keep a known name locked, which is
 * why the lock is short.
 */
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int REMEMBERED_NAMES = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > REMEMBERED_NAMES;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether the name has failed too often lately to be let in now. */
    public synchronized boolean locked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        forgetOld(recent);
        return recent.size() >= MAX_FAILURES;
    }

    @EventListener
    public synchronized void failed(AuthenticationFailureBadCredentialsEvent failure) {
        Deque<Instant> recent = failures.computeIfAbsent(key(failure.getAuthentication().getName()), any -> new ArrayDeque<>());
        forgetOld(recent);
        recent.addLast(clock.instant());
    }

    @EventListener
    public synchronized void succeeded(AuthenticationSuccessEvent success) {
        failures.remove(key(success.getAuthentication().getName()));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
