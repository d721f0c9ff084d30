package cn.hongqi.feedback.staff;

import org.springframework.boot.SpringApplication;
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

    public static void main(String[] args) {
        SpringApplication.run(StaffApplication.class, args);
    }
}
