package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The current state of one staff console account, as an admin last saved it. Keyed by
 * {@link #username()} on the compacted {@link Topics#STAFF_ACCOUNTS} topic, which only the staff
 * service reads: the public portal never holds a staff password hash.
 *
 * @param savedBy the admin who saved this state, for the audit log
 */
public record StaffAccount(String username, String displayName, StaffRole role, String passwordHash,
                           boolean active, String savedBy, Instant occurredAt) implements Account {

    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + role + ", active=" + active + "]";
    }
}
