package vn.motcua.core.catalog;

import java.io.IOException;

/** The stream turned out longer than the limit although its declared size was not. */
final class FileTooLargeException extends IOException {

    private final long limit;

    FileTooLargeException(long limit) {
        super("file exceeds " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
