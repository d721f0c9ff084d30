package cn.hongqi.feedback.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments, each with a default, so that every figure's size can be changed. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value; got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return value;
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : otherwise;
    }

    Path path(String name) {
        return Path.of(text(name));
    }
}
