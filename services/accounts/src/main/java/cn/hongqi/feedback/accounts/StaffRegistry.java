package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.StaffRole;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Locale;

/**
 * Where staff admins open staff console accounts, change their role, reset their password and
 * close them. Like delegates' passwords, a staff password is generated, shown once and kept only
 * as a BCrypt hash.
 */
public class StaffRegistry {

    private final AccountLog<StaffAccount> log;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String configuredAdmin;

    /** @param configuredAdmin the administrator from configuration, whose name no account may take */
    public StaffRegistry(AccountLog<StaffAccount> log, PasswordEncoder passwords, Clock clock, String configuredAdmin) {
        this.log = log;
        this.passwords = passwords;
        this.clock = clock;
        this.configuredAdmin = configuredAdmin;
    }

    public Issued<StaffAccount> open(String username, String displayName, String role, String admin) {
        String name = AccountForms.newUsername(username, log);
        if (name.equals(configuredAdmin)) {
            throw new AccountRejectedException("account.username.taken");
        }
        String shownName = AccountForms.displayName(displayName);
        StaffRole staffRole = role(role);
        String password = AccountForms.newPassword();
        return new Issued<>(log.save(new StaffAccount(name, shownName, staffRole, passwords.encode(password), true, admin,
                clock.instant())), password);
    }

    public Issued<StaffAccount> resetPassword(String username, String admin) {
        StaffAccount account = log.existing(username);
        String password = AccountForms.newPassword();
        return new Issued<>(log.save(new StaffAccount(account.username(), account.displayName(), account.role(),
                passwords.encode(password), true, admin, clock.instant())), password);
    }

    public StaffAccount changeRole(String username, String role, String admin) {
        StaffAccount account = log.existing(username);
        return log.save(new StaffAccount(account.username(), account.displayName(), role(role),
                account.passwordHash(), account.active(), admin, clock.instant()));
    }

    public StaffAccount close(String username, String admin) {
        StaffAccount account = log.existing(username);
        return log.save(new StaffAccount(account.username(), account.displayName(), account.role(),
                account.passwordHash(), false, admin, clock.instant()));
    }

    private static StaffRole role(String role) {
        try {
            return StaffRole.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AccountRejectedException("staff.role.invalid");
        }
    }
}
