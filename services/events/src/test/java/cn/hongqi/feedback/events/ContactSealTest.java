package cn.hongqi.feedback.events;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactSealTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final ContactSeal seal = ContactSeal.withKey(KEY);

    @Test
    void aSealedContactOpensWithTheSameKeyForTheSameComment() {
        String sealed = seal.seal("comment-1", "13800138000 王女士");

        assertThat(sealed).startsWith("v1.").doesNotContain("13800138000");
        assertThat(seal.open("comment-1", sealed)).isEqualTo("13800138000 王女士");
    }

    @Test
    void theSameContactSealsDifferentlyEachTime() {
        assertThat(seal.seal("comment-1", "13800138000")).isNotEqualTo(seal.seal("comment-1", "13800138000"));
    }

    @Test
    void aSealedContactCopiedToAnotherCommentOrOpenedWithAnotherKeyDoesNotOpen() {
        String sealed = seal.seal("comment-1", "13800138000");

        assertThatThrownBy(() -> seal.open("comment-2", sealed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactSeal.withKey(OTHER_KEY).open("comment-1", sealed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> seal.open("comment-1", "13800138000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingOrMalformedKeySaysHowToMakeOneWithoutEchoingIt() {
        assertThatThrownBy(() -> ContactSeal.withKey("")).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> ContactSeal.withKey("not base64!")).hasMessageContaining("not base64")
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> ContactSeal.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("must be 32 bytes, it is 16");
    }
}
