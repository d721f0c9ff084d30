package cn.hongqi.feedback.portal.delegate;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Every portal page is public; logging in only makes a delegate's comments carry their role and
 * delegation. Delegates log in with a form (pages) or HTTP Basic (the public API).
 * <ul>
 *   <li>CSRF tokens live in a cookie, not a session: anonymous citizens never get a server session,
 *       so a flash crowd costs no memory per visitor.</li>
 *   <li>The comment form is exempt from Spring's CSRF check because {@code FormGuard} already signs
 *       it per browser; the JSON API is exempt because it takes only {@code application/json},
 *       which a cross-site form cannot send.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

    static final String LOGIN_PAGE = "/delegate/login";
    /** No inline or foreign script may run; inline styles stay (the pages set widths of bars). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false).failureUrl(LOGIN_PAGE + "?error"))
                .logout(logout -> logout.logoutUrl("/delegate/logout").logoutSuccessUrl("/"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/api/**", "/sections/*/comments"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * A request the firewall refuses (a TRACE, a path with {@code ;} or {@code //}) is refused again
     * on its way to the error page, which then shows nothing: the reason is written here instead.
     */
    @Bean
    RequestRejectedHandler requestRejected(MessageSource messages, LocaleResolver locales) {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("error.bad-request", null, locales.resolveLocale(request)));
        };
    }

    @Bean
    UserDetailsService delegateLogins(AccountDirectory<DelegateAccount> directory, LoginThrottle throttle) {
        return username -> directory.active(username)
                .map(account -> User.withUsername(account.username()).password(account.passwordHash()).roles("DELEGATE")
                        .accountLocked(throttle.locked(username)).build())
                .orElseThrow(() -> new UsernameNotFoundException("no active delegate account"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
