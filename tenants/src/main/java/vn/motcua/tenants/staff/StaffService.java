package vn.motcua.tenants.staff;

import vn.motcua.core.audit.AuditAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.FormValidator;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.security.AppUser;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.security.PasswordService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A center's staff: everyone of the center reads the list; its director adds, edits and deactivates. */
@Singleton
public class StaffService {
    private static final Set<String> SORTABLE = Set.of("fullName", "position", "active", "createdAt");
    private static final Set<Role> CENTER_ROLES = Set.of(Role.DIRECTOR, Role.CLERK);

    private final StaffRepository staff;
    private final AppUserRepository users;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final FormValidator validator;
    private final PasswordHasher hasher;
    private final PasswordService passwords;
    private final ServiceCenterRepository centers;

    public StaffService(StaffRepository staff, AppUserRepository users, TenantTransactions tx, AuditLog audit,
                        FormValidator validator, PasswordHasher hasher, PasswordService passwords,
                        ServiceCenterRepository centers) {
        this.passwords = passwords;
        this.centers = centers;
        this.staff = staff;
        this.users = users;
        this.tx = tx;
        this.audit = audit;
        this.validator = validator;
        this.hasher = hasher;
    }

    public Page<StaffView> list(CallContext ctx, @Nullable String query, @Nullable Boolean active, int page,
                                int size, @Nullable String sortProperty, boolean ascending) {
        String sort = sortProperty != null && SORTABLE.contains(sortProperty) ? sortProperty : "fullName";
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
                Sort.of(ascending ? Sort.Order.asc(sort) : Sort.Order.desc(sort)));
        return tx.read(ctx.tenant(), () -> {
            Page<StaffMember> members = staff.search(ctx.tenant().value(), SearchKey.likeAll(query), active, pageable);
            Map<Long, AppUser> accounts = users.findByTenantIdAndIdIn(ctx.tenant().value(),
                            members.getContent().stream().map(StaffMember::userId).toList())
                    .stream().collect(Collectors.toMap(AppUser::id, Function.identity()));
            return members.map(m -> view(m, accounts.get(m.userId())));
        });
    }

    public StaffView get(CallContext ctx, long staffId) {
        return tx.read(ctx.tenant(), () -> {
            StaffMember member = find(ctx, staffId);
            return view(member, account(ctx, member));
        });
    }

    /**
     * Adds a member with a username the system chooses ({@link #proposeUsername}); whatever username the form
     * carries is ignored, so the answer never says whether a name exists in another center.
     */
    public StaffView create(CallContext ctx, StaffForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        List<Problem> problems = new ArrayList<>(validator.problems(form));
        if (!PasswordService.strongEnough(form.password())) {
            problems.add(Messages.problem("password", "password.weak"));
        }
        checkRole(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String hash = hasher.hash(form.password());
        Set<String> refused = new HashSet<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            String username = tx.read(ctx.tenant(), () -> propose(ctx, form.fullName(), refused));
            try {
                return tx.write(ctx.tenant(), () -> {
                    AppUser user = users.save(AppUser.create(ctx.tenant().value(), username, hash, form.role()));
                    StaffMember member = staff.save(new StaffMember(null, ctx.tenant().value(), user.id(),
                            form.fullName().trim(), blank(form.position()), blank(form.phone()), blank(form.email()),
                            true, null, null, null));
                    audit.record(ctx, AuditAction.STAFF_CREATED, "staff_member", member.id(),
                            user.username() + " (" + user.role().label() + ")");
                    return view(member, user);
                });
            } catch (RuntimeException e) {
                if (DataErrors.violatedUniqueConstraint(e).isEmpty()) {
                    throw e;
                }
                // taken elsewhere in the province (or just now): quietly take the next number
                refused.add(username);
            }
        }
        throw new IllegalStateException("no free username for " + form.fullName());
    }

    /**
     * The username the system gives a new member: given name and initials of the other names, without diacritics,
     * then the center's slug and code as the demo accounts have them, e.g. "Đỗ Thị Giang" at Tân Hòa (04792) →
     * {@code giangdt.tan-hoa.04792}, then {@code giangdt2.…} when taken. The director sees it but does not choose it.
     */
    public String proposeUsername(CallContext ctx, String fullName) {
        ctx.require(Permission.MANAGE_CENTER);
        return tx.read(ctx.tenant(), () -> propose(ctx, fullName, Set.of()));
    }

    private String propose(CallContext ctx, String fullName, Set<String> refused) {
        ServiceCenter center = centers.findById(ctx.tenant().value()).orElseThrow();
        Set<String> taken = new HashSet<>(users.usernamesStartingWith(ctx.tenant().value(), stem(fullName)));
        taken.addAll(refused);
        return proposeUsername(fullName, center.name(), center.code(), taken);
    }

    /**
     * The proposal rule without the database: {@code fullName}'s stem, then the center's slug and code, numbered
     * past the names in {@code taken} (also used when a center is onboarded with its first staff).
     */
    public static String proposeUsername(String fullName, String centerName, String centerCode, Set<String> taken) {
        String suffix = "." + usernamePart(centerName) + "." + usernamePart(centerCode);
        if (suffix.length() > 40) {
            suffix = suffix.substring(0, 40);
        }
        String stem = stem(fullName);
        stem = stem.substring(0, Math.min(stem.length(), 64 - suffix.length() - 3));
        for (int n = 1; ; n++) {
            String candidate = stem + (n == 1 ? "" : String.valueOf(n)) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** "Đỗ Thị Giang" → "giangdt" (given name, then the initials of the family and middle names). */
    static String stem(String fullName) {
        String[] words = SearchKey.of(fullName == null ? "" : fullName).replaceAll("[^a-z0-9 ]", "").trim().split(" +");
        if (words.length == 0 || words[words.length - 1].isEmpty()) {
            return "cb";
        }
        StringBuilder b = new StringBuilder(words[words.length - 1]);
        for (int i = 0; i < words.length - 1; i++) {
            if (!words[i].isEmpty()) {
                b.append(words[i].charAt(0));
            }
        }
        return b.length() < 2 ? "cb" + b : b.toString();
    }

    private static String usernamePart(String text) {
        return SearchKey.of(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The center's director (or provincial IT, anywhere) sets a one-time password for a member and gets it back to
     * hand over once; the member must choose a new password at the next sign-in. Audited.
     */
    public String resetPassword(CallContext ctx, long staffId) {
        if (ctx.role() != Role.PROVINCIAL_ADMIN) {
            ctx.require(Permission.MANAGE_CENTER);
        }
        return tx.write(ctx.tenant(), () -> passwords.resetTo(ctx, account(ctx, find(ctx, staffId))));
    }

    /** Edits a member's details and role; the username stays as created. */
    public StaffView update(CallContext ctx, long staffId, StaffForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        List<Problem> problems = new ArrayList<>(validator.problems(form));
        checkRole(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tx.write(ctx.tenant(), () -> {
            StaffMember member = find(ctx, staffId);
            AppUser user = account(ctx, member);
            if (user.role() == Role.DIRECTOR && form.role() != Role.DIRECTOR && member.active()) {
                requireAnotherDirector(ctx);
            }
            StaffMember changed = new StaffMember(member.id(), member.tenantId(), member.userId(),
                    form.fullName().trim(), blank(form.position()), blank(form.phone()), blank(form.email()),
                    member.active(), form.version() == null ? member.version() : form.version(),
                    member.createdAt(), member.updatedAt());
            StaffMember saved = DataErrors.optimistic("staff", () -> staff.update(changed));
            users.updateRoleAndActive(user.id(), form.role(), user.active());
            audit.record(ctx, AuditAction.STAFF_UPDATED, "staff_member", staffId,
                    user.username() + ", vai trò " + user.role().label() + " → " + form.role().label());
            return view(saved, users.findByTenantIdAndId(ctx.tenant().value(), user.id()).orElseThrow());
        });
    }

    /** Deactivated staff cannot log in; their history stays. A center keeps at least one active director. */
    public StaffView setActive(CallContext ctx, long staffId, boolean active) {
        ctx.require(Permission.MANAGE_CENTER);
        return tx.write(ctx.tenant(), () -> {
            StaffMember member = find(ctx, staffId);
            AppUser user = account(ctx, member);
            if (!active && user.role() == Role.DIRECTOR && user.active()) {
                requireAnotherDirector(ctx);
            }
            StaffMember changed = new StaffMember(member.id(), member.tenantId(), member.userId(), member.fullName(),
                    member.position(), member.phone(), member.email(), active, member.version(),
                    member.createdAt(), member.updatedAt());
            StaffMember saved = DataErrors.optimistic("staff", () -> staff.update(changed));
            users.updateRoleAndActive(user.id(), user.role(), active);
            audit.record(ctx, active ? AuditAction.STAFF_REACTIVATED : AuditAction.STAFF_DEACTIVATED,
                    "staff_member", staffId, user.username());
            return view(saved, users.findByTenantIdAndId(ctx.tenant().value(), user.id()).orElseThrow());
        });
    }

    private void requireAnotherDirector(CallContext ctx) {
        if (users.countByTenantIdAndRoleAndActive(ctx.tenant().value(), Role.DIRECTOR, true) <= 1) {
            throw InvalidInputException.of("role", "last.director");
        }
    }

    private StaffMember find(CallContext ctx, long staffId) {
        return staff.findByTenantIdAndId(ctx.tenant().value(), staffId)
                .orElseThrow(() -> new NotFoundException("staff", staffId));
    }

    private AppUser account(CallContext ctx, StaffMember member) {
        return users.findByTenantIdAndId(ctx.tenant().value(), member.userId())
                .orElseThrow(() -> new NotFoundException("user", member.userId()));
    }

    private static void checkRole(StaffForm form, List<Problem> problems) {
        if (form.role() != null && !CENTER_ROLES.contains(form.role())) {
            problems.add(Messages.problem("role", "role.invalid"));
        }
    }

    private static StaffView view(StaffMember m, AppUser u) {
        return new StaffView(m.id(), m.fullName(), u == null ? "" : u.username(), u == null ? null : u.role(),
                m.position(), m.phone(), m.email(), m.active() && (u == null || u.active()), m.version());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
