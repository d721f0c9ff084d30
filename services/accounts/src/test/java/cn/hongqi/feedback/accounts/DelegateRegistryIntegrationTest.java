package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.DelegateAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 1)
class DelegateRegistryIntegrationTest {

    @Autowired
    DelegateRegistry registry;

    @Autowired
    AccountDirectory<DelegateAccount> directory;

    @Test
    void anOpenedAccountIsInTheDirectoryAtOnceWithOnlyAHashOfItsOneTimePassword() {
        Issued<DelegateAccount> issued = registry.open(" WangJG ", " 王建国 ", "东街街道代表团", "admin");

        assertThat(issued.password()).matches("[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}");
        DelegateAccount account = directory.active("wangjg").orElseThrow();
        assertThat(account.displayName()).isEqualTo("王建国");
        assertThat(account.delegation()).isEqualTo("东街街道代表团");
        assertThat(account.passwordHash()).doesNotContain(issued.password());
        assertThat(new BCryptPasswordEncoder().matches(issued.password(), account.passwordHash())).isTrue();
        assertThat(issued.toString()).doesNotContain(issued.password());
    }

    @Test
    void aTakenOrMalformedUsernameAndBlankFieldsAreRefusedWithTheirReason() {
        registry.open("lixiu", "李秀", "西街代表团", "admin");

        assertThatThrownBy(() -> registry.open("LIXIU", "另一个", "西街代表团", "admin")).hasMessage("account.username.taken");
        assertThatThrownBy(() -> registry.open("李秀", "李秀", "西街代表团", "admin")).hasMessage("account.username.invalid");
        assertThatThrownBy(() -> registry.open("zhaoliu", " ", "西街代表团", "admin")).hasMessage("account.display-name.invalid");
        assertThatThrownBy(() -> registry.open("zhaoliu", "赵六", "", "admin")).hasMessage("delegate.delegation.invalid");
        assertThatThrownBy(() -> registry.close("nosuch", "admin")).hasMessage("account.unknown");
    }

    @Test
    void aClosedAccountIsNoLongerActiveAndAResetOneHasANewPassword() {
        Issued<DelegateAccount> first = registry.open("zhangwei", "张伟", "洪门镇代表团", "admin");

        registry.close("zhangwei", "admin");
        assertThat(directory.active("zhangwei")).isEmpty();
        assertThat(directory.find("zhangwei")).isPresent();

        Issued<DelegateAccount> reset = registry.resetPassword("zhangwei", "admin");
        assertThat(reset.password()).isNotEqualTo(first.password());
        assertThat(new BCryptPasswordEncoder().matches(first.password(), directory.active("zhangwei").orElseThrow().passwordHash()))
                .isFalse();
    }

    @Test
    void aServiceStartedLaterReadsEveryAccountFromTheLog() {
        registry.open("chenjing", "陈静", "小店镇代表团", "admin");
        registry.close("chenjing", "admin");

        try (ConfigurableApplicationContext later = new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.kafka.bootstrap-servers=" + System.getProperty("spring.embedded.kafka.brokers"))
                .run()) {
            @SuppressWarnings("unchecked")
            AccountDirectory<DelegateAccount> laterDirectory = later.getBean("delegateDirectory", AccountDirectory.class);

            await().atMost(Duration.ofSeconds(30)).until(() -> laterDirectory.find("chenjing").isPresent()
                    && !laterDirectory.find("chenjing").orElseThrow().active());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {
    }
}
