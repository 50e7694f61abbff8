package vn.motcua.tenants.testing;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;

import java.util.List;

/**
 * A province with two communes, A (Đào Xá) and B (An Bình), each with a director and a clerk, plus a
 * provincial admin — opened through the real onboarding path and logged in through the real login.
 */
public final class TwoCenters {
    public static final String PASSWORD = "Matkhau123";

    public final ServiceCenter province;
    public final ServiceCenter a;
    public final ServiceCenter b;
    public final Principal admin;
    public final Principal directorA;
    public final Principal clerkA;
    public final Principal directorB;
    public final Principal clerkB;

    private final BusinessTime time;

    /** The usual way in a {@code @MicronautTest}: inject the ApplicationContext and pass it. */
    public TwoCenters(ApplicationContext context, String prefix) {
        this(context.getBean(OnboardingService.class), context.getBean(LoginService.class),
                context.getBean(PasswordHasher.class), context.getBean(BusinessTime.class), prefix);
    }

    public TwoCenters(OnboardingService onboarding, LoginService login, PasswordHasher hasher, BusinessTime time,
                      String prefix) {
        this.time = time;
        String hash = hasher.hash(PASSWORD);
        List<ServiceCenter> centers = onboarding.onboard(Actor.system("test"), List.of(
                new NewCenter(prefix + "T", "Trung tâm tỉnh thử", CenterType.TINH, "25", "Phú Thọ", null,
                        List.of(new NewStaff(prefix + "admin", "Quản Trị Tỉnh", Role.PROVINCIAL_ADMIN, "Chuyên viên", hash))),
                new NewCenter(prefix + "A", "Đào Xá", CenterType.XA, "25", "Phú Thọ", "Xã Đào Xá, Xã Tân Phương",
                        List.of(new NewStaff(prefix + "gd.a", "Nguyễn Văn An", Role.DIRECTOR, "Giám đốc", hash),
                                new NewStaff(prefix + "cb.a", "Trần Thị Bình", Role.CLERK, "Chuyên viên", hash))),
                new NewCenter(prefix + "B", "An Bình", CenterType.XA, "25", "Phú Thọ", null,
                        List.of(new NewStaff(prefix + "gd.b", "Lê Văn Cường", Role.DIRECTOR, "Giám đốc", hash),
                                new NewStaff(prefix + "cb.b", "Phạm Thị Dung", Role.CLERK, "Chuyên viên", hash)))));
        province = centers.get(0);
        a = centers.get(1);
        b = centers.get(2);
        admin = login.login(prefix + "admin", PASSWORD).principal();
        directorA = login.login(prefix + "gd.a", PASSWORD).principal();
        clerkA = login.login(prefix + "cb.a", PASSWORD).principal();
        directorB = login.login(prefix + "gd.b", PASSWORD).principal();
        clerkB = login.login(prefix + "cb.b", PASSWORD).principal();
    }

    // Each person's call at the application clock's instant: what a page builds for every action.

    public CallContext admin() {
        return admin.at(time.now());
    }

    public CallContext directorA() {
        return directorA.at(time.now());
    }

    public CallContext clerkA() {
        return clerkA.at(time.now());
    }

    public CallContext directorB() {
        return directorB.at(time.now());
    }

    public CallContext clerkB() {
        return clerkB.at(time.now());
    }
}
