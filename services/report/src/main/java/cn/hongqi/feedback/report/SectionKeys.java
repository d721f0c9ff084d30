package cn.hongqi.feedback.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Section keys and their ancestry. */
public final class SectionKeys {

    private SectionKeys() {
    }

    /** {@code 3.7.2} gives {@code [3, 3.7, 3.7.2]}: the section and every section above it. */
    public static List<String> pathOf(String sectionKey) {
        String[] parts = sectionKey.split("\\.");
        return IntStream.rangeClosed(1, parts.length)
                .mapToObj(length -> String.join(".", Arrays.copyOf(parts, length)))
                .toList();
    }
}
