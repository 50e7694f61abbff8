package vn.motcua.tenants.apiclient;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientsTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    ApiClients clients;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "ac.");
    }

    @Test
    void aDirectorCreatesAClientForTheirCenterTheSecretIsShownOnceAndExchangesUntilRevoked() {
        ApiClients.Issued issued = clients.create(c.directorA(), c.a.id(), ApiClient.Scope.CENTER,
                ApiClient.Access.READ, "Cổng dịch vụ công tỉnh");
        assertTrue(issued.client().clientId().startsWith("mc" + c.a.id() + "_"), issued.client().clientId());
        assertTrue(issued.secret().length() > 40);
        ApiClients.Grant grant = clients.exchange(issued.client().clientId(), issued.secret(), Instant.now()).orElseThrow();
        assertEquals(c.a.id(), grant.tenantId());
        assertEquals(ApiClient.Access.READ, grant.access());
        assertTrue(clients.exchange(issued.client().clientId(), issued.secret() + "x", Instant.now()).isEmpty());
        ApiClientView listed = clients.list(c.directorA()).stream()
                .filter(v -> v.id() == issued.client().id()).findFirst().orElseThrow();
        assertNotNull(listed.lastUsedAt(), "the exchange records the last use");
        assertTrue(clients.active(c.a.id(), issued.client().id()));

        clients.revoke(c.directorA(), c.a.id(), issued.client().id());
        assertFalse(clients.active(c.a.id(), issued.client().id()));
        assertTrue(clients.exchange(issued.client().clientId(), issued.secret(), Instant.now()).isEmpty());
        assertTrue(audit.count(c.a.tenantId(), AuditAction.API_CLIENT_CREATED) >= 1);
        assertTrue(audit.count(c.a.tenantId(), AuditAction.API_CLIENT_REVOKED) >= 1);
    }

    @Test
    void aDirectorNeitherSeesNorRevokesNorCreatesForAnotherCenterAndAClerkManagesNothing() {
        ApiClients.Issued ofB = clients.create(c.directorB(), c.b.id(), ApiClient.Scope.CENTER,
                ApiClient.Access.READ_WRITE, "Phần mềm kế toán B");
        assertTrue(clients.list(c.directorA()).stream().noneMatch(v -> v.id() == ofB.client().id()));
        assertThrows(NotFoundException.class, () -> clients.revoke(c.directorA(), c.b.id(), ofB.client().id()));
        assertThrows(NotFoundException.class, () -> clients.create(c.directorA(), c.b.id(), ApiClient.Scope.CENTER,
                ApiClient.Access.READ, "x"));
        assertThrows(InvalidInputException.class, () -> clients.create(c.directorA(), c.a.id(), ApiClient.Scope.PROVINCE,
                ApiClient.Access.READ, "toàn tỉnh"));
        assertThrows(AccessDeniedException.class, () -> clients.list(c.clerkA()));
        assertThrows(AccessDeniedException.class, () -> clients.create(c.clerkA(), c.a.id(), ApiClient.Scope.CENTER,
                ApiClient.Access.READ, "x"));
        // a client id naming A's tenant but B's random part finds nothing in A
        String forged = "mc" + c.a.id() + ofB.client().clientId().substring(ofB.client().clientId().indexOf('_'));
        assertTrue(clients.exchange(forged, ofB.secret(), Instant.now()).isEmpty());
        assertTrue(clients.active(c.b.id(), ofB.client().id()));
    }

    @Test
    void provincialItCreatesForAnyCenterOrTheProvinceSeesAllAndRevokesAny() {
        ApiClients.Issued forB = clients.create(c.admin(), c.b.id(), ApiClient.Scope.CENTER, ApiClient.Access.READ,
                "Hệ thống LGSP (B)");
        ApiClients.Issued province = clients.create(c.admin(), 0, ApiClient.Scope.PROVINCE, ApiClient.Access.READ,
                "Cổng dịch vụ công quốc gia");
        assertEquals(c.b.id(), forB.client().tenantId());
        assertEquals(c.province.id(), province.client().tenantId());
        List<ApiClientView> all = clients.list(c.admin());
        assertTrue(all.stream().anyMatch(v -> v.id() == forB.client().id() && v.tenantId() == c.b.id()
                && v.centerName() != null && v.centerName().contains("An Bình")), all.toString());
        assertTrue(all.stream().anyMatch(v -> v.id() == province.client().id()));
        assertTrue(clients.list(c.directorB()).stream().anyMatch(v -> v.id() == forB.client().id()),
                "the director sees the client provincial IT made for the center");
        clients.revoke(c.admin(), c.b.id(), forB.client().id());
        assertFalse(clients.active(c.b.id(), forB.client().id()));
        assertTrue(audit.count(c.b.tenantId(), AuditAction.API_CLIENT_REVOKED) >= 1, "the center's log has it too");
        assertThrows(NotFoundException.class, () -> clients.create(c.admin(), 999_999, ApiClient.Scope.CENTER,
                ApiClient.Access.READ, "nowhere"));
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsCreated() {
        int before = clients.list(c.directorA()).size();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> clients.create(c.directorA(), c.a.id(),
                ApiClient.Scope.CENTER, ApiClient.Access.READ, "  "));
        assertTrue(e.vietnamese().contains("Chưa nhập tên"), e.vietnamese());
        assertThrows(InvalidInputException.class, () -> clients.create(c.directorA(), c.a.id(), ApiClient.Scope.CENTER,
                ApiClient.Access.READ, "x".repeat(201)));
        assertEquals(before, clients.list(c.directorA()).size());
        assertTrue(clients.exchange("not-a-client", "x", Instant.now()).isEmpty());
        assertTrue(clients.exchange(null, null, Instant.now()).isEmpty());
    }
}
