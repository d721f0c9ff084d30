package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the portal at the test Elasticsearch node, and imports the seed report onto the test
 * broker's report log once the context has started, as {@code ./feedback up} does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestEnvironment {

    public static final String REPORT_ID = "hongqi-2020-government-work-report";

    @Bean
    static DynamicPropertyRegistrar testElasticsearchNode() {
        return registry -> registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
    }

    @Bean
    ApplicationRunner importSeedReport(ReportImporter importer) {
        return arguments -> {
            Path file = Path.of(System.getProperty("feedback.report.file"));
            importer.importReport(REPORT_ID, file.getFileName().toString(), Files.readAllBytes(file));
        };
    }
}
