package cn.hongqi.feedback.portal;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The portal on a real, in-process KRaft broker and a real HTTP port, with the seed report imported
 * onto the report log. Every test class with this annotation shares one application context and one broker.
 * Metrics and tracing are on, as in production, rather than off as Boot's tests have them by default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability
@EmbeddedKafka(kraft = true, partitions = 6, topics = "feedback.comment-events")
@ActiveProfiles("test")
@Import({PortalTestEnvironment.class, IndexedComments.class})
public @interface PortalIntegrationTest {
}
