package cn.hongqi.feedback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Peak resident memory of the stack's processes, from the kernel's high-water mark (VmHWM). */
final class PeakMemory {

    private final Map<String, Long> peakKib = new TreeMap<>();

    /** Reads a process's peak so far; a process read twice (restarted in between) keeps the higher. */
    void read(String component, long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKib.merge(component, kib, Math::max);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            peakKib.putIfAbsent(component, -1L);
        }
    }

    Map<String, Long> mebibytes() {
        Map<String, Long> mib = new TreeMap<>();
        peakKib.forEach((component, kib) -> mib.put(component, kib < 0 ? -1 : kib / 1024));
        return mib;
    }

    long totalMebibytes() {
        return peakKib.values().stream().filter(kib -> kib > 0).mapToLong(Long::longValue).sum() / 1024;
    }
}
