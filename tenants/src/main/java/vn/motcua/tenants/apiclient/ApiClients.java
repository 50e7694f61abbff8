package vn.motcua.tenants.apiclient;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ứng dụng API: provincial IT creates and revokes clients for any center or for the whole province (on the audited
 * provincial path); a director does so for their own center only. The secret is shown once and kept as its SHA-256:
 * it is 256 random bits, so a fast hash is enough (a slow hash such as Argon2 protects guessable passwords, not random
 * keys) and the token exchange costs one hash, never a password hash. The client id begins with the tenant id, so the
 * exchange reads the row in that center's own transaction (row-level security), never across centers.
 */
@Singleton
public class ApiClients {
    static final int MAX_NAME = 200;
    private static final Pattern CLIENT_ID = Pattern.compile("mc(\\d{1,18})_[a-z2-7]{16}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final ServiceCenterRepository centers;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final AuditLog audit;

    public ApiClients(ApiClientRepository clients, ServiceCenterRepository centers, TenantTransactions tx,
                      ProvincialScope province, AuditLog audit) {
        this.clients = clients;
        this.centers = centers;
        this.tx = tx;
        this.province = province;
        this.audit = audit;
    }

    /** A client just created, with its secret: shown once, never stored. */
    public record Issued(ApiClientView client, String secret) {
    }

    /** What a successful exchange of id and secret proves: the client and what it may do. */
    public record Grant(long tenantId, long id, String clientId, String name, ApiClient.Scope scope,
                        ApiClient.Access access) {
    }

    /**
     * Creates a client. Provincial IT at the province: for any center ({@code centerId}) or, with scope PROVINCE, for
     * the whole province; a director (or provincial IT acting as the center): for their own center only, scope CENTER.
     */
    public Issued create(CallContext ctx, long centerId, ApiClient.Scope scope, ApiClient.Access access, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new InvalidInputException(List.of(new Problem("name", label.isEmpty() ? "Chưa nhập tên ứng dụng"
                    : "Tên ứng dụng dài quá " + MAX_NAME + " ký tự", label.isEmpty() ? "the client needs a name"
                    : "the name is longer than " + MAX_NAME + " characters")));
        }
        if (scope == null || access == null) {
            throw new InvalidInputException(List.of(new Problem(scope == null ? "scope" : "access",
                    "Chưa chọn phạm vi hoặc quyền", "scope and access are required")));
        }
        String secret = "mcs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        if (atProvince(ctx)) {
            long target = scope == ApiClient.Scope.PROVINCE ? ctx.homeTenant().value() : centerId;
            ApiClient saved = province.run(ctx, AuditAction.API_CLIENT_CREATED, label + " (" + scope.label() + ", "
                    + access.label() + ", trung tâm " + target + ")", () -> {
                ServiceCenter center = centers.findById(target).orElseThrow(() -> new NotFoundException("center", target));
                if (scope == ApiClient.Scope.CENTER && center.tenantId().equals(ctx.homeTenant())) {
                    throw new InvalidInputException(List.of(new Problem("scope",
                            "Ứng dụng của cấp tỉnh cần phạm vi toàn tỉnh", "a client of the province needs scope PROVINCE")));
                }
                return clients.save(newClient(ctx, target, scope, access, label, secret));
            });
            if (saved.tenantId() != ctx.homeTenant().value()) {
                audit.record(TenantId.of(saved.tenantId()), ctx, AuditAction.API_CLIENT_CREATED, "api_client",
                        saved.clientId(), label + " (" + access.label() + "), do cấp tỉnh tạo");
            }
            return new Issued(ApiClientView.of(saved, null), secret);
        }
        ctx.require(Permission.MANAGE_CENTER);
        if (scope != ApiClient.Scope.CENTER) {
            throw new InvalidInputException(List.of(new Problem("scope",
                    "Chỉ cấp tỉnh tạo được ứng dụng phạm vi toàn tỉnh", "only provincial IT creates province-wide clients")));
        }
        if (centerId != ctx.tenant().value()) {
            throw new NotFoundException("center", centerId);
        }
        ApiClient saved = tx.write(ctx.tenant(), () -> {
            ApiClient client = clients.save(newClient(ctx, centerId, scope, access, label, secret));
            audit.record(ctx, AuditAction.API_CLIENT_CREATED, "api_client", client.clientId(),
                    label + " (" + access.label() + ")");
            return client;
        });
        return new Issued(ApiClientView.of(saved, null), secret);
    }

    /** Provincial IT at the province: every center's clients (audited); otherwise the caller's center's. */
    public List<ApiClientView> list(CallContext ctx) {
        if (atProvince(ctx)) {
            return province.run(ctx, AuditAction.API_CLIENTS_VIEWED, null, () -> {
                List<ApiClient> all = clients.findAllOrderByCreatedAtDesc();
                Map<Long, String> names = all.stream().map(ApiClient::tenantId).distinct().map(centers::findById)
                        .flatMap(Optional::stream).collect(Collectors.toMap(ServiceCenter::id, ServiceCenter::displayName));
                return all.stream().map(c -> ApiClientView.of(c, names.get(c.tenantId()))).toList();
            });
        }
        ctx.require(Permission.MANAGE_CENTER);
        return tx.read(ctx.tenant(), () -> clients.findByTenantIdOrderByCreatedAtDesc(ctx.tenant().value()).stream()
                .map(c -> ApiClientView.of(c, ctx.centerName())).toList());
    }

    /**
     * Revokes a client: its secret is refused from now on and its tokens stop working at the next request (the
     * bearer check asks {@link #active}). Provincial IT revokes any; a director only their center's. Audited.
     */
    public ApiClientView revoke(CallContext ctx, long tenantId, long id) {
        Function<Long, ApiClient> work = tenant -> {
            ApiClient client = clients.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("api_client", id));
            clients.revoke(tenant, id, ctx.now(), ctx.username());
            checked.remove(tenant + ":" + id);
            return clients.findByTenantIdAndId(tenant, id).orElse(client);
        };
        if (atProvince(ctx)) {
            ApiClient revoked = province.run(ctx, AuditAction.API_CLIENT_REVOKED, "ứng dụng " + id + " của trung tâm "
                    + tenantId, () -> work.apply(tenantId));
            checked.remove(tenantId + ":" + id); // again after the commit: a read in between saw the old row
            if (tenantId != ctx.homeTenant().value()) {
                audit.record(TenantId.of(tenantId), ctx, AuditAction.API_CLIENT_REVOKED, "api_client",
                        revoked.clientId(), revoked.name() + ", do cấp tỉnh thu hồi");
            }
            return ApiClientView.of(revoked, null);
        }
        ctx.require(Permission.MANAGE_CENTER);
        if (tenantId != ctx.tenant().value()) {
            throw new NotFoundException("api_client", id);
        }
        ApiClientView view = tx.write(ctx.tenant(), () -> {
            ApiClient revoked = work.apply(tenantId);
            audit.record(ctx, AuditAction.API_CLIENT_REVOKED, "api_client", revoked.clientId(), revoked.name());
            return ApiClientView.of(revoked, ctx.centerName());
        });
        checked.remove(tenantId + ":" + id); // again after the commit: a read in between saw the old row
        return view;
    }

    /**
     * The token exchange: the client named by {@code clientId} when {@code secret} is its secret, it is not revoked
     * and its center is active; its last use is recorded. Anything else is empty (the caller answers alike).
     */
    public Optional<Grant> exchange(String clientId, String secret, Instant now) {
        byte[] offered = sha256Hex(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII);
        Optional<TenantId> tenant = tenantOf(clientId);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return tx.write(tenant.get(), () -> clients.findByTenantIdAndClientId(tenant.get().value(), clientId)
                .filter(c -> MessageDigest.isEqual(offered, c.secretSha256().getBytes(StandardCharsets.US_ASCII)))
                .filter(c -> !c.revoked())
                .filter(c -> centers.findById(c.tenantId()).map(s -> s.status() == CenterStatus.ACTIVE).orElse(false))
                .map(c -> {
                    clients.used(c.tenantId(), c.id(), now);
                    return new Grant(c.tenantId(), c.id(), c.clientId(), c.name(), c.scope(), c.access());
                }));
    }

    /** Whether the client's tokens still work: not revoked, its center active. Read in that center's transaction. */
    public boolean active(long tenantId, long id) {
        return tx.read(TenantId.of(tenantId), () -> clients.active(tenantId, id).orElse(false)
                && centers.findById(tenantId).map(s -> s.status() == CenterStatus.ACTIVE).orElse(false));
    }

    /** How long a node trusts what it last read about a client's revocation. */
    public static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(5);
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> checked = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #active}, read from the database at most every {@link #RECHECK} per client on this node (a bearer call then
     * costs no query); a revocation on this node is seen at once, on another node within {@link #RECHECK}.
     */
    public boolean activeCached(long tenantId, long id) {
        String key = tenantId + ":" + id;
        long now = System.nanoTime();
        long[] seen = checked.get(key);
        if (seen != null && now - seen[1] < RECHECK.toNanos()) {
            return seen[0] == 1;
        }
        boolean active = active(tenantId, id);
        if (checked.size() > 10_000) {
            checked.clear();
        }
        checked.put(key, new long[]{active ? 1 : 0, now});
        return active;
    }

    /** The center a client id names ("mc17_…" → 17), when it has the shape of one. */
    static Optional<TenantId> tenantOf(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        Matcher m = CLIENT_ID.matcher(clientId);
        return m.matches() ? Optional.of(TenantId.of(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static boolean atProvince(CallContext ctx) {
        return ctx.isProvincial() && !ctx.actingAsOtherCenter();
    }

    private static ApiClient newClient(CallContext ctx, long tenant, ApiClient.Scope scope, ApiClient.Access access,
                                       String name, String secret) {
        StringBuilder id = new StringBuilder("mc").append(tenant).append('_');
        for (byte b : randomBytes(16)) {
            id.append(BASE32[(b & 0xff) % 32]);
        }
        return new ApiClient(null, tenant, id.toString(), name, scope, access, sha256Hex(secret), ctx.username(),
                ctx.fullName(), ctx.now(), null, null, null);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
