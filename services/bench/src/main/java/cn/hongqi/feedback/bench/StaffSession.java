package cn.hongqi.feedback.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff at the console: logged in once through the login form, as a browser is, so
 * that each request is timed without a password check (BCrypt is slow on purpose).
 */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final URI staff;
    /** HTTP/1.1 with kept-alive connections, as browsers talk to the console; no h2c upgrade attempts. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String basic;

    StaffSession(String staffUrl, String username, String password) throws IOException, InterruptedException {
        this.staff = URI.create(staffUrl);
        this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        String page = http.send(HttpRequest.newBuilder(staff.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the staff login page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(staff.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("the staff login failed: " + login.statusCode());
        }
    }

    /** @return the time the console took to answer a GET in full, in nanoseconds */
    long timedGet(String pathAndQuery) throws IOException, InterruptedException {
        return timed(http, HttpRequest.newBuilder(staff.resolve(pathAndQuery)));
    }

    /** The same, on the stateless API with HTTP Basic: one BCrypt check per request. */
    long timedApiGet(String pathAndQuery) throws IOException, InterruptedException {
        return timed(api, HttpRequest.newBuilder(staff.resolve(pathAndQuery)).header("Authorization", basic));
    }

    private static long timed(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest get = request.build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(get, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(get.uri() + " answered " + response.statusCode());
        }
        return took;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
