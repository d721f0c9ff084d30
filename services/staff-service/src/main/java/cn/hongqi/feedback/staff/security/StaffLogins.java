package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.LoginThrottle;
import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.StaffRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Who may log in to the console: the configured administrator, and every active account on the
 * staff account log with the role an admin last gave it.
 */
class StaffLogins implements UserDetailsService {

    private final UserDetails configuredAdmin;
    private final AccountDirectory<StaffAccount> directory;
    private final LoginThrottle throttle;

    StaffLogins(UserDetails configuredAdmin, AccountDirectory<StaffAccount> directory, LoginThrottle throttle) {
        this.configuredAdmin = configuredAdmin;
        this.directory = directory;
        this.throttle = throttle;
    }

    /** A name locked by the throttle is refused before its password is even compared. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (configuredAdmin.getUsername().equals(username)) {
            return User.withUserDetails(configuredAdmin).accountLocked(throttle.locked(username)).build();
        }
        StaffAccount account = directory.active(username).orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(authorities(account.role())).accountLocked(throttle.locked(username)).build();
    }

    /**
     * The authorities the user holds now, or empty if the account was closed since: a session
     * keeps the authorities of its login, so each request checks them against the log.
     */
    Optional<List<GrantedAuthority>> currentAuthorities(String username) {
        try {
            return Optional.of(List.copyOf(loadUserByUsername(username).getAuthorities()));
        } catch (UsernameNotFoundException closed) {
            return Optional.empty();
        }
    }

    static List<GrantedAuthority> authorities(StaffRole role) {
        return role.grants().stream().<GrantedAuthority>map(name -> new SimpleGrantedAuthority("ROLE_" + name)).toList();
    }
}
