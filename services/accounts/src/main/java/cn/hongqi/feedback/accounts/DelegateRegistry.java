package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.DelegateAccount;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/**
 * Where staff admins open, close and reset delegate accounts. Passwords are generated here, shown
 * once, and only their BCrypt hash is kept.
 */
public class DelegateRegistry {

    private static final int MAX_DELEGATION = 100;

    private final AccountLog<DelegateAccount> log;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DelegateRegistry(AccountLog<DelegateAccount> log, PasswordEncoder passwords, Clock clock) {
        this.log = log;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Issued<DelegateAccount> open(String username, String displayName, String delegation, String admin) {
        String name = AccountForms.newUsername(username, log);
        String shownName = AccountForms.displayName(displayName);
        String shownDelegation = AccountForms.required(delegation, MAX_DELEGATION, "delegate.delegation.invalid");
        String password = AccountForms.newPassword();
        return new Issued<>(log.save(new DelegateAccount(name, shownName, shownDelegation, passwords.encode(password), true, admin,
                clock.instant())), password);
    }

    public Issued<DelegateAccount> resetPassword(String username, String admin) {
        DelegateAccount account = log.existing(username);
        String password = AccountForms.newPassword();
        return new Issued<>(log.save(new DelegateAccount(account.username(), account.displayName(), account.delegation(),
                passwords.encode(password), true, admin, clock.instant())), password);
    }

    /** A closed account no longer logs in; the comments its delegate wrote keep their role and delegation. */
    public DelegateAccount close(String username, String admin) {
        DelegateAccount account = log.existing(username);
        return log.save(new DelegateAccount(account.username(), account.displayName(), account.delegation(),
                account.passwordHash(), false, admin, clock.instant()));
    }
}
