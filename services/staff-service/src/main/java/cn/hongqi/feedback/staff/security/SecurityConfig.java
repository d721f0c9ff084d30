package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.LoginThrottle;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Nothing answers without a staff role except health checks, metrics, the login page and the API's
 * documentation (which holds no data, only what a client needs to call the API). The staff API
 * is stateless HTTP Basic (no cookies, so no CSRF token); pages use form login with CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No inline or foreign script may run; inline styles stay (the summary draws bars with them). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/staff/reports/**", "/api/v1/staff/delegates/**", "/api/v1/staff/accounts/**",
                                "/api/v1/staff/audit/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/staff/comments/*/moderation", "/api/v1/staff/comments/*/reply",
                                "/api/v1/staff/campaigns/**").hasRole("MODERATOR")
                        // A role, not just a login: a principal of any other kind (a delegate's) reads nothing here.
                        .anyRequest().hasRole("STAFF"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::secureHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, StaffLogins logins) throws Exception {
        return http
                .addFilterAfter(new CurrentRoleFilter(logins), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/staff.css", "/moderation.js", "/summary.js", "/error", "/actuator/health/**", "/actuator/health",
                                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
                                // Scrapers do not log in; the metrics name no comment and no person.
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/moderation/**", "/moderation").hasRole("MODERATOR")
                        .anyRequest().hasRole("STAFF"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/search", false)
                        .failureHandler(loginFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfig::secureHeaders)
                .build();
    }

    /** A name locked after too many wrong passwords is told so, rather than "wrong password" again. */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failures;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    StaffLogins staffLogins(StaffAccountProperties admin, PasswordEncoder encoder, AccountDirectory<StaffAccount> directory,
                            LoginThrottle throttle) {
        return new StaffLogins(User.withUsername(admin.username())
                .password(encoder.encode(adminPassword(admin)))
                .authorities(StaffLogins.authorities(StaffRole.ADMIN))
                .build(), directory, throttle);
    }

    private static String adminPassword(StaffAccountProperties admin) {
        if (admin.password() != null && !admin.password().isBlank()) {
            return admin.password();
        }
        if (admin.passwordFile() == null || !Files.isReadable(admin.passwordFile())) {
            throw new IllegalStateException("No staff admin password: set FEEDBACK_ADMIN_PASSWORD, or "
                    + "FEEDBACK_ADMIN_PASSWORD_FILE to a readable file (./feedback up creates one); was " + admin.passwordFile());
        }
        try {
            return Files.readString(admin.passwordFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff admin password file", e);
        }
    }
}
