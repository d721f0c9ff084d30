package cn.hongqi.feedback.portal.comment;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptTest {

    @RepeatedTest(20)
    void aReceiptNumberIsThreeGroupsOfUnambiguousCharacters() {
        assertThat(Receipt.random().number()).matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
    }

    @Test
    void receiptNumbersDoNotRepeat() {
        Set<String> numbers = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> numbers.add(Receipt.random().number()));
        assertThat(numbers).hasSize(10_000);
    }
}
