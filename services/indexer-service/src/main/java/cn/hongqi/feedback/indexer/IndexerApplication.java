package cn.hongqi.feedback.indexer;

import cn.hongqi.feedback.analysis.TextAnalyzer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The indexer: reads the comment log from Kafka, segments each comment's Chinese text and
 * writes it to the {@code comments} index, committing Kafka offsets only after Elasticsearch has
 * taken the batch. The log is the system of record; the index is a view that replay can rebuild.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexerApplication {

    /** Loaded once: the model and jieba's dictionary take some seconds and tens of megabytes. */
    @Bean
    TextAnalyzer textAnalyzer() {
        return TextAnalyzer.withBundledModel();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** As a tool ({@code --feedback.tool.name=…}) the application ends when the tool is done, with its exit code. */
    public static void main(String[] args) {
        boolean tool = java.util.Arrays.stream(args).anyMatch(argument -> argument.startsWith("--feedback.tool.name="));
        if (tool) {
            // The tool's own output is standard output; everything else (logs, jieba's notes) goes to standard error.
            System.setOut(System.err);
        }
        ConfigurableApplicationContext context = SpringApplication.run(IndexerApplication.class, args);
        if (tool) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
