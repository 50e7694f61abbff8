package vn.motcua.core.testing;

import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A bare service center of Phú Thọ (province 25) for core tests, registered on the provincial path. */
public final class TestCenters {
    private TestCenters() {
    }

    public static TenantId create(ProvincialScope province, DataSource dataSource, String code) {
        return insert(province, dataSource, code, "Xã " + code, "XA");
    }

    /** The provincial center (type TINH) of the test province: the home of provincial IT. */
    public static TenantId createProvincial(ProvincialScope province, DataSource dataSource, String code) {
        return insert(province, dataSource, code, "Tỉnh " + code, "TINH");
    }

    private static TenantId insert(ProvincialScope province, DataSource dataSource, String code, String name, String type) {
        return TenantId.of(province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                    "INSERT INTO service_center (code, name, type, province_code, province_name) VALUES ('" + code
                            + "', '" + name + "', '" + type + "', '25', 'Phú Thọ') RETURNING tenant_id")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
