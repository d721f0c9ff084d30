package cn.hongqi.feedback.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FEEDBACK_* variables the platform reads, taken from where they are read: each service's
 * application.yml, the connection settings every service shares (ConnectionSecurity) and the
 * launcher. Read as text, so that a name added anywhere is seen without a list kept by hand.
 */
final class ConfigurationNames {

    static final List<String> SERVICES = List.of("portal-service", "staff-service", "indexer-service");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(FEEDBACK_[A-Z0-9_]+)");
    private static final Pattern QUOTED = Pattern.compile("\"(FEEDBACK_[A-Z0-9_]+)\"");
    private static final Pattern LAUNCHER = Pattern.compile("\\b(FEEDBACK_[A-Z0-9_]+)");
    private static final Pattern PORT = Pattern.compile("port: \\$\\{FEEDBACK_[A-Z]+_PORT:(\\d+)}");

    private final Path root;

    ConfigurationNames(Path root) {
        this.root = root;
    }

    /** The checkout: the first directory upwards from the working directory with docker-compose.yml. */
    static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    /** What one service's process reads from its environment. */
    Set<String> readBy(String service) {
        Set<String> names = matches(PLACEHOLDER, applicationYml(service));
        names.addAll(shared());
        return names;
    }

    /** Every variable of the platform: the services', the shared ones and the launcher's. */
    Set<String> all() {
        Set<String> names = new TreeSet<>(shared());
        SERVICES.forEach(service -> names.addAll(matches(PLACEHOLDER, applicationYml(service))));
        names.addAll(matches(LAUNCHER, read(root.resolve("feedback"))));
        return names;
    }

    /** The HTTP port a service listens on unless told otherwise. */
    Optional<String> defaultPort(String service) {
        Matcher port = PORT.matcher(applicationYml(service));
        return port.find() ? Optional.of(port.group(1)) : Optional.empty();
    }

    private Set<String> shared() {
        return matches(QUOTED, read(root.resolve("services/events/src/main/java/cn/hongqi/feedback/events/ConnectionSecurity.java")));
    }

    private String applicationYml(String service) {
        return read(root.resolve("services").resolve(service).resolve("src/main/resources/application.yml"));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
