package cn.hongqi.feedback.report;

/** The text is not a government work report of the expected shape; the message names the line. */
public class ReportFormatException extends RuntimeException {

    private final int line;

    public ReportFormatException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The 1-based line where the problem was found, or 0 when it concerns the whole text. */
    public int line() {
        return line;
    }
}
