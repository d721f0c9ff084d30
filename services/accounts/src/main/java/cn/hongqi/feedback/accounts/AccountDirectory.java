package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.Account;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** This service's view of an account log: the latest state of every account on it. */
public class AccountDirectory<A extends Account> {

    private final Map<String, A> byUsername = new ConcurrentHashMap<>();
    private final Comparator<A> listingOrder;
    private long lastOffset = -1;

    public AccountDirectory(Comparator<A> listingOrder) {
        this.listingOrder = listingOrder;
    }

    synchronized void accept(String username, A account, long offset) {
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
    public Optional<A> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** An account that may log in now. */
    public Optional<A> active(String username) {
        return find(username).filter(Account::active);
    }

    public List<A> all() {
        return byUsername.values().stream().sorted(listingOrder).toList();
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
