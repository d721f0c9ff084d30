package cn.hongqi.feedback.portal.delegate;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.events.DelegateAccount;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The delegate behind a request, looked up in the directory each time: an account an admin closed
 * stops counting as a delegate at once, even inside a session that is still open. Only a login as a
 * delegate counts: a principal of another kind that happens to share a delegate's name does not.
 */
@Component
public class SignedInDelegate {

    private static final String DELEGATE = "ROLE_DELEGATE";

    private final AccountDirectory<DelegateAccount> directory;

    SignedInDelegate(AccountDirectory<DelegateAccount> directory) {
        this.directory = directory;
    }

    public Optional<DelegateAccount> of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream().noneMatch(authority -> DELEGATE.equals(authority.getAuthority()))) {
            return Optional.empty();
        }
        return directory.active(authentication.getName());
    }
}
