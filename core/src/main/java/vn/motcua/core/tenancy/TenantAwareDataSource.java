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
 * Hands out pooled connections already bound to the thread's tenant: {@code app.tenant_id} is set for
 * the session at checkout and cleared when the connection goes back to the pool, so row-level
 * security sees exactly one tenant (or none, which shows no rows). Work on the provincial path also
 * switches to the provincial role for the duration of the checkout.
 */
public final class TenantAwareDataSource implements DataSource, AutoCloseable {
    private final DataSource pool;
    private final String provinceRole;

    public TenantAwareDataSource(DataSource pool, String provinceRole) {
        this.pool = pool;
        this.provinceRole = provinceRole;
    }

    @Override
    public void close() throws Exception {
        if (pool instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(pool.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        String tenant = TenantContext.current().map(TenantId::toString).orElse("");
        boolean provincial = TenantContext.provincial();
        try {
            try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                set.setString(1, tenant);
                set.execute();
            }
            if (provincial) {
                try (var st = connection.createStatement()) {
                    st.execute("SET ROLE " + quoteIdent(provinceRole));
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new ResettingHandler(connection, provincial));
    }

    static String quoteIdent(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Clears the tenant (and role) before the connection returns to the pool. */
    private static final class ResettingHandler implements InvocationHandler {
        private final Connection target;
        private final boolean provincial;
        private boolean closed;

        ResettingHandler(Connection target, boolean provincial) {
            this.target = target;
            this.provincial = provincial;
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
                st.execute((provincial ? "RESET ROLE; " : "") + "SELECT set_config('app.tenant_id', '', false)");
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
