package cn.hongqi.feedback.portal.delegate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Resolves the CSRF token of a page before the page is written. Spring Security defers it until a
 * form asks, and on a section page the form comes after the comments: with enough of them the
 * response is already on its way, the token's cookie can no longer be set, and the form would post
 * a token that matches nothing. The API needs no token and gets none.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null && "GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
