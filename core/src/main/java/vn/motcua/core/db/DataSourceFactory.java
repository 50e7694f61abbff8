package vn.motcua.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantAwareDataSource;

import javax.sql.DataSource;

/** The application's pool: the restricted app role, every connection bound to the thread's tenant. */
@Factory
public class DataSourceFactory implements AutoCloseable {
    private TenantAwareDataSource created;

    @Singleton
    @Primary
    @Named("default")
    public TenantAwareDataSource dataSource(DatabaseBootstrap bootstrap) {
        DatabaseSettings settings = bootstrap.settings();
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua-app");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.appRole());
        config.setPassword(settings.appPassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        created = new TenantAwareDataSource(new HikariDataSource(config), settings.provinceRole());
        return created;
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
