package vn.motcua.core.db;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where the database is and who connects. The owner account (DATASOURCES_DEFAULT_*) runs migrations;
 * the application itself connects as the restricted app role, which owns nothing and cannot bypass RLS.
 */
@Singleton
public record DatabaseSettings(
        @Value("${datasources.default.url}") String url,
        @Value("${datasources.default.username:postgres}") String ownerUsername,
        @Value("${datasources.default.password:}") String ownerPassword,
        @Value("${motcua.db.app-role:motcua_app}") String appRole,
        @Value("${motcua.db.app-password:motcua_app_dev}") String appPassword,
        @Value("${motcua.db.province-role:motcua_province}") String provinceRole,
        @Value("${motcua.db.pool-size:10}") int poolSize) {
}
