package vn.motcua.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantAwareDataSource;

import javax.sql.DataSource;

/** The application's pool: the restricted app role, every connection bound to the thread's tenant. */
@Factory
public class DataSourceFactory {

    @Singleton
    @Primary
    @Named("default")
    @Bean(preDestroy = "close")
    public TenantAwareDataSource dataSource(DatabaseBootstrap bootstrap) {
        DatabaseSettings settings = bootstrap.settings();
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua-app");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.appRole());
        config.setPassword(settings.appPassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        return new TenantAwareDataSource(new HikariDataSource(config), settings.provinceRole());
    }
}
