package vn.motcua.core.tenancy;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The one DataSource of the application, over two pools logged in as different roles. Work on the audited
 * provincial path ({@link TenantContext#provincial()}, set by {@link TenantTransactions#provincial} before its
 * transaction begins, so before the transaction manager asks for the connection) gets a connection of the
 * provincial pool; everything else one of the tenant pool, whose role is a member of no other role and so has no
 * way to widen its scope. Every connection is bound to the thread's tenant: {@code app.tenant_id} is set for the
 * session at checkout and cleared when the connection goes back to the pool, so row-level security sees exactly one
 * tenant (or none, which shows no rows).
 */
public final class TenantAwareDataSource implements DataSource, AutoCloseable {
    private final DataSource pool;
    private final DataSource provincialPool;

    public TenantAwareDataSource(DataSource tenantPool, DataSource provincialPool) {
        this.pool = tenantPool;
        this.provincialPool = provincialPool;
    }

    @Override
    public void close() throws Exception {
        try {
            if (provincialPool instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } finally {
            if (pool instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(TenantContext.provincial() ? provincialPool.getConnection() : pool.getConnection());
    }

    /** The pools have their own logins: another user name is refused rather than silently ignored. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("connections come from the application's pools only");
    }

    private Connection bind(Connection connection) throws SQLException {
        String tenant = TenantContext.current().map(TenantId::toString).orElse("");
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant);
            set.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new ResettingHandler(connection));
    }

    /** Clears the tenant before the connection returns to the pool. */
    private static final class ResettingHandler implements InvocationHandler {
        private final Connection target;
        private boolean closed;

        ResettingHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close")) {
                if (!closed) {
                    closed = true;
                    reset();
                    target.close();
                }
                return null;
            }
            if (name.equals("isClosed") && closed) {
                return true;
            }
            if (name.equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void reset() throws SQLException {
            if (target.isClosed()) {
                return;
            }
            try (var st = target.createStatement()) {
                if (!target.getAutoCommit()) {
                    target.rollback();
                }
                st.execute("SELECT set_config('app.tenant_id', '', false)");
            } catch (SQLException e) {
                // A connection we cannot reset must not be reused by another tenant.
                target.unwrap(Connection.class).abort(Runnable::run);
                throw e;
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
