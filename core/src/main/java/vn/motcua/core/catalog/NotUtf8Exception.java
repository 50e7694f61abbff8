package vn.motcua.core.catalog;

import java.io.IOException;

/** Thrown from inside a Reader (CSV) so the line of the first bad byte reaches the report. */
final class NotUtf8Exception extends IOException {

    private final long line;

    NotUtf8Exception(long line) {
        super("not UTF-8 at line " + line);
        this.line = line;
    }

    long line() {
        return line;
    }
}
