package cn.hongqi.feedback.delegates;

import cn.hongqi.feedback.events.DelegateAccount;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** This service's view of the delegate log: the latest state of every account. */
public class DelegateDirectory {

    private final Map<String, DelegateAccount> byUsername = new ConcurrentHashMap<>();
    private long lastOffset = -1;

    synchronized void accept(String username, DelegateAccount account, long offset) {
        if (account == null) {
            byUsername.remove(username);
        } else {
            byUsername.put(account.username(), account);
        }
        lastOffset = Math.max(lastOffset, offset);
        notifyAll();
    }

    /** Unreadable records count as read, or a registry waiting to catch up would wait forever. */
    synchronized void seen(long offset) {
        lastOffset = Math.max(lastOffset, offset);
        notifyAll();
    }

    /** Any account, active or closed. */
    public Optional<DelegateAccount> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** An account that may log in and comment as a delegate now. */
    public Optional<DelegateAccount> active(String username) {
        return find(username).filter(DelegateAccount::active);
    }

    public List<DelegateAccount> all() {
        return byUsername.values().stream()
                .sorted(Comparator.comparing(DelegateAccount::delegation).thenComparing(DelegateAccount::username))
                .toList();
    }

    /** @return whether this view has read the log up to {@code offset} within {@code limit} */
    synchronized boolean awaitOffset(long offset, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (lastOffset < offset) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
