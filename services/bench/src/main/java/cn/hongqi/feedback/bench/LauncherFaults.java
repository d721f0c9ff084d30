package cn.hongqi.feedback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Faults on the launcher's stack: processes found by their pid files, brought back by {@code ./feedback up}. */
final class LauncherFaults implements Faults {

    private final Path launcher;
    private final Path runDirectory;
    private final Path elasticsearchPidFile;

    LauncherFaults(Path launcher, Path runDirectory, Path elasticsearchPidFile) {
        this.launcher = launcher;
        this.runDirectory = runDirectory;
        this.elasticsearchPidFile = elasticsearchPidFile;
    }

    @Override
    public void kill(String component) throws Exception {
        ProcessHandle process = process(component);
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void stop(String component) throws Exception {
        ProcessHandle process = process(component);
        process.destroy();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    /** {@code ./feedback up} starts whatever is not running and returns once all is healthy. */
    @Override
    public void start(String component) throws Exception {
        Process up = new ProcessBuilder(launcher.toString(), "up").redirectErrorStream(true).start();
        String output = new String(up.getInputStream().readAllBytes());
        if (up.waitFor() != 0) {
            throw new IllegalStateException("./feedback up could not start " + component + " again:\n" + output);
        }
    }

    @Override
    public void freezeElasticsearch() throws Exception {
        signalElasticsearch("-STOP");
    }

    @Override
    public void thawElasticsearch() throws Exception {
        signalElasticsearch("-CONT");
    }

    private void signalElasticsearch(String signal) throws Exception {
        String pid = Files.readString(elasticsearchPidFile).strip();
        Process kill = new ProcessBuilder(List.of("kill", signal, pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill " + signal + " " + pid + " failed");
        }
    }

    private ProcessHandle process(String component) throws IOException {
        long pid = Long.parseLong(Files.readString(runDirectory.resolve(component + ".pid")).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
    }
}
