package cn.hongqi.feedback.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code docker compose config} would refuse, and the mistakes it would let through: the
 * Compose Specification's schema, then the references between the compose file, the services'
 * configuration, nginx and Prometheus. Works on texts, so that a test can hand it a broken copy.
 */
final class ComposeFileCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVICE_JAR = Pattern.compile("^\\./services/([a-z-]+-service)/target$");
    private static final Pattern NGINX_SERVER = Pattern.compile("^\\s*server\\s+([a-z0-9-]+):(\\d+)", Pattern.MULTILINE);
    private static final Pattern TARGET = Pattern.compile("^([a-z0-9.-]+):(\\d+)$");

    private final Path root;
    private final ConfigurationNames names;
    private final List<String> problems = new ArrayList<>();
    private Map<String, Map<String, Object>> services;

    ComposeFileCheck(Path root) {
        this.root = root;
        this.names = new ConfigurationNames(root);
    }

    List<String> check(String compose, String nginx, String prometheus) {
        problems.clear();
        Map<String, Object> model = new Yaml().load(compose);
        schema(model);
        services = map(model.get("services"));
        services.forEach(this::service);
        declaredVolumes(model);
        nginx(nginx);
        prometheus(prometheus);
        return List.copyOf(problems);
    }

    private void schema(Map<String, Object> model) {
        JsonNode schemaNode = JSON.valueToTree(new Yaml().load(ConfigurationNames.read(root.resolve("infra/schema/compose-spec.json"))));
        // The schema names draft 7 by an https address the validator does not map (the draft is the
        // same), and its relative $id is no base the validator accepts; its references are all local.
        ((ObjectNode) schemaNode).put("$schema", "http://json-schema.org/draft-07/schema#");
        ((ObjectNode) schemaNode).remove("$id");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
        for (ValidationMessage message : schema.validate(JSON.valueToTree(model))) {
            problems.add("schema: " + message.getMessage());
        }
    }

    private void service(String name, Map<String, Object> service) {
        if (!(service.get("healthcheck") instanceof Map<?, ?> healthcheck) || healthcheck.get("test") == null) {
            problems.add(name + " has no healthcheck: nothing can wait for it to be ready");
        }
        dependencies(service).forEach((dependency, condition) -> {
            Map<String, Object> other = services.get(dependency);
            if (other == null) {
                problems.add(name + " depends on " + dependency + ", which is not a service");
            } else if (!enabledWith(other, service)) {
                problems.add(name + " depends on " + dependency + ", which its profiles " + profiles(service) + " do not enable");
            }
        });
        serviceModule(service).ifPresent(module -> {
            Set<String> read = names.readBy(module);
            for (String variable : map(service.get("environment")).keySet()) {
                if (!read.contains(variable)) {
                    problems.add(name + " sets " + variable + ", which " + module + " does not read");
                }
            }
        });
        for (Object volume : list(service.get("volumes"))) {
            String source = String.valueOf(volume).split(":")[0];
            Matcher jar = SERVICE_JAR.matcher(source);
            // A service's target/ exists only after a build; its module must exist now.
            Path expected = jar.matches() ? root.resolve("services").resolve(jar.group(1)) : root.resolve(source);
            if (source.startsWith(".") && !Files.exists(expected)) {
                problems.add(name + " mounts " + source + ", which is not in the repository");
            }
        }
    }

    private void declaredVolumes(Map<String, Object> model) {
        Set<String> declared = map(model.get("volumes")).keySet();
        services.forEach((name, service) -> {
            for (Object volume : list(service.get("volumes"))) {
                String source = String.valueOf(volume).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/") && !declared.contains(source)) {
                    problems.add(name + " uses the volume " + source + ", which is not declared");
                }
            }
        });
    }

    private void nginx(String conf) {
        Matcher server = NGINX_SERVER.matcher(conf);
        while (server.find()) {
            target("nginx upstream", server.group(1), server.group(2));
            if (services.containsKey(server.group(1)) && services.containsKey("nginx")
                    && !dependencies(services.get("nginx")).containsKey(server.group(1))) {
                problems.add("nginx does not wait for its upstream " + server.group(1));
            }
        }
    }

    private void prometheus(String config) {
        Map<String, Object> prometheus = new Yaml().load(config);
        for (Object job : list(prometheus.get("scrape_configs"))) {
            Map<String, Object> scrape = map(job);
            for (Object staticConfig : list(scrape.get("static_configs"))) {
                for (Object target : list(map(staticConfig).get("targets"))) {
                    Matcher address = TARGET.matcher(String.valueOf(target));
                    if (!address.matches()) {
                        problems.add("Prometheus target " + target + " is not host:port");
                    } else if (!address.group(1).equals("localhost")) {
                        target("Prometheus job " + scrape.get("job_name"), address.group(1), address.group(2));
                        if (!"/actuator/prometheus".equals(scrape.get("metrics_path"))) {
                            problems.add("Prometheus job " + scrape.get("job_name") + " does not scrape /actuator/prometheus");
                        }
                    }
                }
            }
        }
    }

    // A host that is a service of the file, on the port that service listens on.
    private void target(String what, String host, String port) {
        Map<String, Object> service = services.get(host);
        if (service == null) {
            problems.add(what + " names " + host + ", which is not a service");
            return;
        }
        serviceModule(service).flatMap(names::defaultPort).filter(listening -> !listening.equals(port))
                .ifPresent(listening -> problems.add(what + " sends to " + host + ":" + port + ", which listens on " + listening));
    }

    // Compose enables a dependency only if it has no profile or shares every profile of its dependent.
    private static boolean enabledWith(Map<String, Object> dependency, Map<String, Object> dependent) {
        List<Object> needed = list(dependency.get("profiles"));
        return needed.isEmpty() || (!list(dependent.get("profiles")).isEmpty() && needed.containsAll(list(dependent.get("profiles"))));
    }

    private static List<Object> profiles(Map<String, Object> service) {
        return list(service.get("profiles"));
    }

    private static Map<String, Object> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        if (dependsOn instanceof Collection<?> names) {
            Map<String, Object> conditions = new LinkedHashMap<>();
            names.forEach(dependency -> conditions.put(String.valueOf(dependency), "service_started"));
            return conditions;
        }
        return map(dependsOn);
    }

    private static Optional<String> serviceModule(Map<String, Object> service) {
        return list(service.get("volumes")).stream()
                .map(volume -> SERVICE_JAR.matcher(String.valueOf(volume).split(":")[0]))
                .filter(Matcher::matches).map(jar -> jar.group(1)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, V>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
