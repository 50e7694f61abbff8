package vn.motcua.core.db;

import vn.motcua.core.validation.Messages;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * PostgreSQL cannot be reached (refused, unreachable, pool timed out waiting, server shutting down): the system is
 * busy, which a person must be told as such ("Hệ thống đang bận, vui lòng thử lại sau"), never as a wrong password.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(Throwable cause) {
        super("database unavailable: " + cause.getMessage(), cause);
    }

    /** "Hệ thống đang bận, vui lòng thử lại sau". */
    public static String vietnamese() {
        return Messages.vi("system.busy");
    }

    public static String english() {
        return Messages.en("system.busy");
    }

    /** Whether this failure, or any of its causes, says the database could not be reached. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
