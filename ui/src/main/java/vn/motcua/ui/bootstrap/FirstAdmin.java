package vn.motcua.ui.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.Actor;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.core.context.Role;

import java.util.List;

/**
 * A real deployment starts empty: with MOTCUA_ADMIN_PASSWORD set, the first start opens the provincial
 * center and its first provincial IT account, who then onboards the communes.
 */
@Context
@Requires(property = "motcua.admin.password")
public class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    public FirstAdmin(OnboardingService onboarding, PasswordHasher hasher,
                      @Value("${motcua.admin.password}") String password,
                      @Value("${motcua.admin.username:admin}") String username,
                      @Value("${motcua.province.code:25}") String provinceCode,
                      @Value("${motcua.province.name:Phú Thọ}") String provinceName) {
        if (onboarding.centerCount() > 0) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("MOTCUA_ADMIN_PASSWORD must be at least 12 characters");
        }
        onboarding.onboard(Actor.system("first-start"), List.of(new NewCenter("T" + provinceCode,
                "Trung tâm Phục vụ hành chính công tỉnh " + provinceName, CenterType.TINH, provinceCode, provinceName,
                null, List.of(new NewStaff(username, "Quản trị hệ thống", Role.PROVINCIAL_ADMIN, "Quản trị", hasher.hash(password))))));
        LOG.info("First start: provincial center of {} and account '{}' created", provinceName, username);
    }
}
