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
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public StaffService(StaffRepository staff, AppUserRepository users, TenantTransactions tx, AuditLog audit,
                        FormValidator validator, PasswordHasher hasher) {
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

    public StaffView create(CallContext ctx, StaffForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        List<Problem> problems = new ArrayList<>(validator.problems(form));
        if (form.password() == null || form.password().length() < 8 || form.password().length() > 128
                || !form.password().matches(".*[A-Za-z].*") || !form.password().matches(".*[0-9].*")) {
            problems.add(Messages.problem("password", "password.weak"));
        }
        checkRole(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String hash = hasher.hash(form.password());
        try {
            return tx.write(ctx.tenant(), () -> {
                AppUser user = users.save(AppUser.create(ctx.tenant().value(),
                        form.username().toLowerCase(Locale.ROOT), hash, form.role()));
                StaffMember member = staff.save(new StaffMember(null, ctx.tenant().value(), user.id(),
                        form.fullName().trim(), blank(form.position()), blank(form.phone()), blank(form.email()),
                        true, null, null, null));
                audit.record(ctx, AuditAction.STAFF_CREATED, "staff_member", member.id(),
                        user.username() + " (" + user.role().label() + ")");
                return view(member, user);
            });
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                throw InvalidInputException.of("username", "username.taken");
            }
            throw e;
        }
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
