package vn.motcua.core.db;

import io.micronaut.data.exceptions.OptimisticLockException;
import vn.motcua.core.validation.ConcurrentChangeException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns database refusals into the domain's errors, so callers can tell a person what happened. */
public final class DataErrors {
    private DataErrors() {
    }

    /** The unique constraint (or index) a failure violated, if that is what it was. */
    public static Optional<String> violatedUniqueConstraint(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                int start = message.indexOf('"');
                int end = start < 0 ? -1 : message.indexOf('"', start + 1);
                return Optional.of(end > start ? message.substring(start + 1, end) : "");
            }
        }
        return Optional.empty();
    }

    /** Runs an update; a stale version becomes {@link ConcurrentChangeException}. */
    public static <T> T optimistic(String what, Supplier<T> update) {
        try {
            return update.get();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(what);
        }
    }
}
