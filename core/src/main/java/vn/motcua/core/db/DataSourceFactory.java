package vn.motcua.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantAwareDataSource;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The application's one DataSource over two pools: the tenant pool (the restricted app role, every connection
 * bound to the thread's tenant) and a small provincial pool (the provincial login role, for the audited
 * cross-tenant path only). Both with timeouts ({@code motcua.db.connection-timeout}, {@code motcua.db.statement-timeout}).
 */
@Factory
public class DataSourceFactory implements AutoCloseable {
    private TenantAwareDataSource created;

    @Singleton
    @Primary
    @Named("default")
    public TenantAwareDataSource dataSource(DatabaseBootstrap bootstrap,
                                            @Value("${motcua.db.connection-timeout:10s}") Duration connectionTimeout,
                                            @Value("${motcua.db.statement-timeout:60s}") Duration statementTimeout) {
        DatabaseSettings settings = bootstrap.settings();
        HikariDataSource tenantPool = pool("motcua-app", settings.url(), settings.appRole(), settings.appPassword(),
                settings.poolSize(), connectionTimeout, statementTimeout);
        HikariDataSource provincialPool;
        try {
            provincialPool = pool("motcua-province", settings.url(), settings.provinceRole(), settings.provincePassword(),
                    settings.provincePoolSize(), connectionTimeout, statementTimeout);
        } catch (RuntimeException e) {
            tenantPool.close();
            throw e;
        }
        created = new TenantAwareDataSource(tenantPool, provincialPool);
        return created;
    }

    private static HikariDataSource pool(String name, String url, String role, String password, int size,
                                         Duration connectionTimeout, Duration statementTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(role);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(1, size));
        config.setAutoCommit(true);
        applyTimeouts(config, connectionTimeout, statementTimeout);
        return new HikariDataSource(config);
    }

    /**
     * A bad day must not hang every request: waiting for a pooled connection (and opening one: TCP connect and log-in)
     * gives up after {@code connectionTimeout}, PostgreSQL cancels any statement running longer than
     * {@code statementTimeout} (0 = no limit), and a read on a connection whose server went silent fails 30 s after that.
     */
    static void applyTimeouts(HikariConfig config, Duration connectionTimeout, Duration statementTimeout) {
        long connectMillis = Math.max(250, connectionTimeout.toMillis());
        config.setConnectionTimeout(connectMillis);
        long connectSeconds = Math.max(1, (connectMillis + 999) / 1000);
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        long statementMillis = Math.max(0, statementTimeout.toMillis());
        if (statementMillis > 0) {
            config.addDataSourceProperty("options", "-c statement_timeout=" + statementMillis);
            config.addDataSourceProperty("socketTimeout", String.valueOf(statementMillis / 1000 + 30));
        }
    }

    /** Micronaut wraps the bean in a proxy, so the pool is closed here rather than through the bean. */
    @PreDestroy
    @Override
    public void close() throws Exception {
        if (created != null) {
            created.close();
        }
    }
}
