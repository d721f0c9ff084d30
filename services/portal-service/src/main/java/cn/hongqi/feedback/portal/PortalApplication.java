package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.events.ContactSeal;
import cn.hongqi.feedback.events.Pseudonym;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The portal: citizens and delegates read the report section by section and comment on it, on
 * pages or through the public API. A comment becomes a {@code comment.submitted} event on Kafka,
 * and its receipt is handed out only once the broker has acknowledged that event.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Refuses to start without a key rather than take contact details it could not protect. */
    @Bean
    ContactSeal contactSeal(PortalProperties properties) {
        return ContactSeal.withKey(properties.contactKey());
    }

    /** Stands for client addresses and contact details in logs. */
    @Bean
    Pseudonym pseudonym(PortalProperties properties) {
        return Pseudonym.withKey(properties.contactKey());
    }

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
