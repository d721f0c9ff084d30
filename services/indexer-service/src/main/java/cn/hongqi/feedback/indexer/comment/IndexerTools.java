package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.index.CommentIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The indexer jar as a one-shot tool, run by the launcher with {@code --feedback.tool.name=…} (and
 * without its web server or its listener): {@code rebuild-index}, {@code drop-index} (with
 * {@code --feedback.tool.argument=comments-vN}), {@code dlt-list}, {@code dlt-replay}.
 */
@Component
@ConditionalOnProperty("feedback.tool.name")
@EnableConfigurationProperties(IndexerTools.ToolProperties.class)
class IndexerTools implements ApplicationRunner, ExitCodeGenerator {

    private final ToolProperties tool;
    private final RebuildIndex rebuild;
    private final DeadLetters deadLetters;
    private final CommentIndex index;
    private int exitCode;

    IndexerTools(ToolProperties tool, RebuildIndex rebuild, DeadLetters deadLetters, CommentIndex index) {
        this.tool = tool;
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
        this.index = index;
    }

    @ConfigurationProperties(prefix = "feedback.tool")
    record ToolProperties(String name, String argument) {
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try {
            switch (tool.name()) {
                case "rebuild-index" -> rebuild.run(out);
                case "drop-index" -> {
                    index.drop(tool.argument());
                    out.println("Dropped " + tool.argument() + "; the alias still points at " + index.liveIndex());
                }
                case "dlt-list" -> deadLetters.list(out);
                case "dlt-replay" -> deadLetters.replayAll(out);
                default -> {
                    out.println("unknown tool '" + tool.name() + "': rebuild-index, drop-index, dlt-list, dlt-replay");
                    exitCode = 2;
                }
            }
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
