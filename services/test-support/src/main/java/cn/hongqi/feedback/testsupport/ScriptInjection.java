package cn.hongqi.feedback.testsupport;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored and reflected cross-site scripting, tried in a real browser. Every payload sets
 * {@code window.__xss} if the browser ever runs it as script.
 * <p>
 * Both services send a Content-Security-Policy that blocks inline script, which would hide a template
 * that lets markup through: the browser is told to ignore it ({@link #ignoringContentSecurityPolicy}),
 * so what these tests prove is that the pages show the payloads as text. The policy is a second wall
 * with tests of its own.
 */
public final class ScriptInjection {

    /** At most 50 characters each, so that each also fits a display name. */
    public static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.__xss=1\">",
            "<script>window.__xss=1</script>",
            "\"><svg onload=window.__xss=1>",
            "javascript:window.__xss=1",
            "'><a href=\"javascript:window.__xss=1\">点我</a>",
            "</textarea><script>window.__xss=1</script>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\">",
            "[[${7*7}]] {{7*7}} <b onmouseover=window.__xss=1>");

    /**
     * What became of the payloads in the page: whether one ran, and the markup they could have made
     * (event handler attributes, inline scripts, {@code javascript:} links, frames). The pages have
     * none of their own: their scripts are files, as the policy demands.
     */
    private static final String INJECTED = """
            const found = [];
            if (typeof window.__xss !== 'undefined') found.push('window.__xss was set: a payload ran');
            for (const element of document.querySelectorAll('*')) {
              for (const attribute of element.attributes) {
                if (attribute.name.toLowerCase().startsWith('on')) found.push(element.outerHTML.slice(0, 120));
              }
              if (element.tagName === 'SCRIPT' && !element.src) found.push(element.outerHTML.slice(0, 120));
              if (['IFRAME', 'EMBED', 'OBJECT'].includes(element.tagName)) found.push(element.outerHTML.slice(0, 120));
              const link = element.getAttribute('href') || '';
              if (link.trim().toLowerCase().startsWith('javascript:')) found.push(element.outerHTML.slice(0, 120));
            }
            return found;""";

    private ScriptInjection() {
    }

    /** The browser, told to ignore the pages' Content-Security-Policy from now on. */
    public static ChromeDriver ignoringContentSecurityPolicy(ChromeDriver browser) {
        browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        return browser;
    }

    /**
     * Fails if the page ran a payload or holds markup one could have made, or if any of {@code shown}
     * is not on the page as text a reader sees.
     */
    public static void assertShownAsText(ChromeDriver browser, List<String> shown) {
        JavascriptExecutor page = browser;
        assertThat((List<?>) page.executeScript(INJECTED)).as("injected markup on %s", browser.getCurrentUrl()).isEmpty();
        String text = (String) page.executeScript("return document.body.innerText");
        shown.forEach(payload -> assertThat(text).as("the text of %s", browser.getCurrentUrl()).contains(payload));
    }
}
