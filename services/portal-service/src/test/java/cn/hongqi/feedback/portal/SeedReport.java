package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.reportlog.ReportImporter;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.nio.file.Files;
import java.nio.file.Path;

/** Imports the seed report onto the test broker's report log once the context has started, as `./feedback up` does. */
@TestConfiguration(proxyBeanMethods = false)
public class SeedReport {

    public static final String REPORT_ID = "hongqi-2020-government-work-report";

    @Bean
    ApplicationRunner importSeedReport(ReportImporter importer) {
        return arguments -> {
            Path file = Path.of(System.getProperty("feedback.report.file"));
            importer.importReport(REPORT_ID, file.getFileName().toString(), Files.readAllBytes(file));
        };
    }
}
