package cn.hongqi.feedback.staff;

import cn.hongqi.feedback.events.ContactSeal;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The staff console: staff log in and search what citizens and delegates said, in Chinese, over
 * the {@code comments} index that the indexer keeps. Pages use form login; the staff API uses
 * HTTP Basic.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StaffApplication {

    /** Refuses to start without the key rather than show ciphertext as contact details. */
    @Bean
    ContactSeal contactSeal(StaffProperties properties) {
        return ContactSeal.withKey(properties.contactKey());
    }

    public static void main(String[] args) {
        SpringApplication.run(StaffApplication.class, args);
    }
}
