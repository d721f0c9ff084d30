package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The current state of one delegate's portal account, as a staff admin last saved it. Keyed by
 * {@link #username()} on the compacted {@link Topics#DELEGATES} topic, so the log keeps the latest
 * state of every account and each service rebuilds its directory by reading it from the start.
 *
 * @param delegation   the delegation the delegate belongs to, carried on each of their comments
 * @param passwordHash a BCrypt hash; the password itself is shown once to the admin and kept nowhere
 * @param active       false once the account is closed: it no longer logs in
 * @param savedBy      the staff account that saved it, for the audit log
 */
public record DelegateAccount(String username, String displayName, String delegation, String passwordHash,
                              boolean active, String savedBy, Instant occurredAt) implements Account {

    public DelegateAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The password hash is a secret too: it stays out of logs. */
    @Override
    public String toString() {
        return "DelegateAccount[" + username + ", " + delegation + ", active=" + active + "]";
    }
}
