package vn.motcua.core.db;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where the database is and who connects. The owner account (DATASOURCES_DEFAULT_*) runs migrations;
 * the application itself connects as two restricted login roles, neither owning anything nor bypassing RLS:
 * the tenant role (everyday work, one tenant per connection) and the provincial role (the audited
 * cross-tenant path, its own small pool). Both passwords are required: there is no default.
 *
 * @param setRolePasswords whether the start may set the roles' passwords when the roles already exist (a role
 *                         created at start always gets its password); the embedded mode, whose database is its
 *                         own, sets it
 */
@Singleton
public record DatabaseSettings(
        @Value("${datasources.default.url}") String url,
        @Value("${datasources.default.username:postgres}") String ownerUsername,
        @Value("${datasources.default.password:}") String ownerPassword,
        @Value("${motcua.db.app-role:motcua_app}") String appRole,
        @Value("${motcua.db.app-password:}") String appPassword,
        @Value("${motcua.db.province-role:motcua_province}") String provinceRole,
        @Value("${motcua.db.province-password:}") String provincePassword,
        @Value("${motcua.db.set-role-passwords:false}") boolean setRolePasswords,
        @Value("${motcua.db.pool-size:10}") int poolSize,
        @Value("${motcua.db.province-pool-size:3}") int provincePoolSize) {

    /** The app role's password published in earlier READMEs and defaults: never accepted. */
    public static final String PUBLISHED_APP_PASSWORD = "motcua_app_dev";

    /**
     * Refuses missing, published or shared passwords, naming the variable to set.
     *
     * @throws IllegalStateException with a Vietnamese and English message
     */
    public void requireOwnPasswords() {
        requirePassword(appPassword, "MOTCUA_DB_APP_PASSWORD", appRole);
        requirePassword(provincePassword, "MOTCUA_DB_PROVINCE_PASSWORD", provinceRole);
        if (appPassword.equals(provincePassword)) {
            throw new IllegalStateException("MOTCUA_DB_APP_PASSWORD và MOTCUA_DB_PROVINCE_PASSWORD phải khác nhau"
                    + " / MOTCUA_DB_APP_PASSWORD and MOTCUA_DB_PROVINCE_PASSWORD must differ: the tenant role must"
                    + " not be able to log in as the provincial role");
        }
    }

    private static void requirePassword(String password, String variable, String role) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Chưa đặt " + variable + " (mật khẩu của vai trò cơ sở dữ liệu " + role
                    + "), không khởi động / " + variable + " (the password of database role " + role
                    + ") is not set: refusing to start. Set it, or run without DATASOURCES_DEFAULT_URL for the embedded demo.");
        }
        if (password.equals(PUBLISHED_APP_PASSWORD)) {
            throw new IllegalStateException(variable + " là mật khẩu mặc định đã công bố, không khởi động / "
                    + variable + " is the published default password: refusing to start. Choose your own.");
        }
    }
}
