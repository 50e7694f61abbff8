package vn.motcua.core.testing;

import vn.motcua.core.province.ProvincialScope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The two commune procedures of two fields that the counter and queue tests serve, in the shared catalog. */
public final class TestCatalog {
    public static final String CIVIL = "Hộ tịch";
    public static final String LAND = "Đất đai";

    private TestCatalog() {
    }

    /** Birth registration (Hộ tịch) and first land registration (Đất đai); a second call changes nothing. */
    public static void twoFields(ProvincialScope province, DataSource dataSource) {
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO procedure (national_code, name, field, levels, current_version) VALUES "
                        + "('1.001193', 'Đăng ký khai sinh', '" + CIVIL + "', 'COMMUNE', 1), "
                        + "('1.004227', 'Đăng ký đất đai lần đầu', '" + LAND + "', 'COMMUNE', 1) ON CONFLICT DO NOTHING");
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
