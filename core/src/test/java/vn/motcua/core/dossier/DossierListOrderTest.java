package vn.motcua.core.dossier;

import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.core.testing.Callers.as;

/** The dossier list sorted by applicant follows Vietnamese alphabetical order, as every other list of names does. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierListOrderTest implements IntegrationTestProperties {
    @Inject
    java.time.Clock clock;
    @Inject
    IntakeService intake;
    @Inject
    DossierInbox inbox;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    @Test
    void dossiersSortedByApplicantFollowVietnameseAlphabeticalOrderNotCodePoints() {
        TenantId center = TestCenters.create(province, dataSource, "ORDER-A");
        Actor clerk = new Actor(1L, "cb.order-a", center);
        // code-point order would put Bình before Bản, and Đào after Gia
        for (String name : List.of("Gia Văn Cẩm", "Nguyễn Văn Bình", "Đào Thị Xá", "Nguyễn Văn Bản", "Dân Văn Chủ")) {
            intake.receive(as(center, clerk, clock), IntakeServiceTest.request(List.of(new IntakeRequest.IncomingDocument(
                    "Tờ khai", "to-khai.pdf", IntakeServiceTest.PDF)), new Applicant.Individual(name, "025190000123",
                    LocalDate.of(1990, 5, 17), "0912345678", "Xóm Đồng Bưởi")));
        }
        Actor reader = new Actor(99L, "cb.reader", center);
        List<String> names = inbox.search(as(center, reader, clock), null, "", 0, 10, Sort.of(Sort.Order.asc("applicantName")))
                .getContent().stream().map(Dossier::applicantName).toList();
        assertEquals(List.of("Dân Văn Chủ", "Đào Thị Xá", "Gia Văn Cẩm", "Nguyễn Văn Bản", "Nguyễn Văn Bình"), names);
    }
}
