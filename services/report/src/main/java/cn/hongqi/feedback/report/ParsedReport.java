package cn.hongqi.feedback.report;

import java.util.List;

/**
 * A report and what the parser noticed but could still make sense of, such as a gap in the
 * numbering. Each warning names its line.
 */
public record ParsedReport(Report report, List<String> warnings) {

    public ParsedReport {
        warnings = List.copyOf(warnings);
    }
}
