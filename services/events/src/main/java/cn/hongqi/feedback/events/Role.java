package cn.hongqi.feedback.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who wrote a comment. Delegates are logged in; citizens may be anonymous. */
public enum Role {
    CITIZEN, DELEGATE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Role fromWireName(String wireName) {
        return parse(wireName).orElseThrow(() -> new IllegalArgumentException("unknown role: " + wireName));
    }

    /** The role for a wire name such as {@code citizen}, or empty when there is none. */
    public static Optional<Role> parse(String wireName) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(wireName)).findFirst();
    }
}
