package cn.hongqi.feedback.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's configuration reference names every variable the platform reads, as a table row of its own. */
class OperatorsGuideTest {

    private final Path root = ConfigurationNames.repositoryRoot();
    private final String guide = ConfigurationNames.read(root.resolve("docs/operators-guide.md"));

    @Test
    void everyVariableIsInTheConfigurationReference() {
        Set<String> variables = new ConfigurationNames(root).all();
        assertThat(variables).as("variables found").hasSizeGreaterThan(40);
        assertThat(variables).allSatisfy(variable -> assertThat(documented(guide, variable)).as(variable).isTrue());
    }

    @Test
    void aVariableWithoutItsRowIsNoticed() {
        String withoutOne = guide.replace("| `FEEDBACK_FORM_SECRET` |", "| FORM_SECRET |");
        assertThat(documented(withoutOne, "FEEDBACK_FORM_SECRET")).isFalse();
    }

    private static boolean documented(String guide, String variable) {
        return Pattern.compile("^\\| `" + variable + "` \\|", Pattern.MULTILINE).matcher(guide).find();
    }
}
