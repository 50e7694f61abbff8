package vn.motcua.tenants.onboarding;

import vn.motcua.core.audit.AuditAction;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.tenants.security.AppUser;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.staff.StaffMember;
import vn.motcua.tenants.staff.StaffRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opens centers (one or a whole province) on the provincial path: all or nothing, audited per center. */
@Singleton
public class OnboardingService {
    private final ServiceCenterRepository centers;
    private final AppUserRepository users;
    private final StaffRepository staff;
    private final ProvincialScope province;
    private final AuditLog audit;

    public OnboardingService(ServiceCenterRepository centers, AppUserRepository users, StaffRepository staff,
                             ProvincialScope province, AuditLog audit) {
        this.centers = centers;
        this.users = users;
        this.staff = staff;
        this.province = province;
        this.audit = audit;
    }

    public List<ServiceCenter> onboard(Actor actor, List<NewCenter> newCenters) {
        return province.unaudited(() -> {
            List<ServiceCenter> created = new ArrayList<>();
            for (NewCenter c : newCenters) {
                ServiceCenter center = centers.save(new ServiceCenter(null, c.code(), c.name(), c.type(),
                        CenterStatus.ACTIVE, null, c.provinceCode(), c.provinceName(), null, null, null, null,
                        c.mergedFrom(), null, null, null, null));
                for (NewStaff s : c.staff()) {
                    AppUser user = users.save(AppUser.create(center.id(), s.username().toLowerCase(Locale.ROOT),
                            s.passwordHash(), s.role()));
                    staff.save(new StaffMember(null, center.id(), user.id(), s.fullName(), s.position(), null, null,
                            true, null, null, null));
                }
                audit.record(center.tenantId(), actor, AuditAction.CENTER_ONBOARDED, "service_center", center.id(),
                        c.code() + " " + c.name() + ", " + c.staff().size() + " cán bộ");
                created.add(center);
            }
            return created;
        });
    }

    public long centerCount() {
        return province.unaudited(centers::count);
    }
}
