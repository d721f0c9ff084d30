package cn.hongqi.feedback.staff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Ends a console session whose account was closed or whose role changed since it logged in, so an
 * admin's change takes effect at the user's next request rather than when the session expires.
 */
class CurrentRoleFilter extends OncePerRequestFilter {

    private final StaffLogins logins;

    CurrentRoleFilter(StaffLogins logins) {
        this.logins = logins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (loggedInBySession(session) && authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails
                && outdated(authentication)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    /**
     * HTTP Basic requests authenticate afresh each time; only a session opened by the login form
     * (whose authentication carries the web details of that login) can outlive a change.
     */
    private static boolean loggedInBySession(HttpSession session) {
        return session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private boolean outdated(Authentication authentication) {
        Optional<List<GrantedAuthority>> current = logins.currentAuthorities(authentication.getName());
        return current.isEmpty() || !new HashSet<>(current.get()).equals(new HashSet<>(authentication.getAuthorities()));
    }
}
