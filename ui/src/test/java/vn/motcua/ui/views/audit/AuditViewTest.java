package vn.motcua.ui.views.audit;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.CallContexts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log as a director reads it: in Vietnamese, local times, filtered by person, action and day. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Pattern LOCAL_TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    DossierDesk desk;
    @Inject
    AuditLog audit;

    TwoCenters c;
    Dossier dossier;

    @BeforeAll
    void aDossierReceivedAndHandedOver() {
        c = new TwoCenters(context, "au.");
        Dossier d = intake.receive(c.clerkA(), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Vũ Thị Năm", "025190000555", LocalDate.of(1990, 1, 2), "0912000555", "Xóm Trại"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)))).dossier();
        dossier = desk.apply(c.clerkA(), d.id(), d.version(), new DossierCommand.HandOver(1, null));
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.directorA);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aDirectorReadsWhoDidWhatInVietnameseWithLocalTimes() {
        AuditView view = view();
        List<AuditEntry> rows = rows(view);
        AuditEntry handedOver = rows.stream().filter(e -> e.action().equals(AuditAction.DOSSIER_HANDED_OVER.name()))
                .findFirst().orElseThrow();
        assertEquals("Chuyển bước xử lý hồ sơ", AuditView.label(handedOver.action()));
        assertTrue(handedOver.detail().contains("Đã tiếp nhận → Đang giải quyết"), handedOver.detail());
        assertEquals("Hồ sơ " + dossier.code(), AuditView.target(handedOver));
        AuditEntry received = rows.stream().filter(e -> e.action().equals(AuditAction.DOSSIER_RECEIVED.name()))
                .findFirst().orElseThrow();
        assertEquals("Tiếp nhận hồ sơ", AuditView.label(received.action()));
        assertTrue(received.detail().startsWith("Thủ tục 1.001193, 1 giấy tờ quét, 0 giấy tờ dùng lại, hẹn trả "),
                received.detail());
        assertTrue(LOCAL_TIME.matcher(received.detail()).find(), "the due date in dd/MM/yyyy HH:mm: " + received.detail());
        assertTrue(LOCAL_TIME.matcher(BusinessTime.format(received.at())).matches());
        for (AuditEntry e : rows) {
            assertTrue(!AuditView.label(e.action()).matches("[A-Z_]+"), "an English code in the log: " + e.action());
        }
    }

    @Test
    void theLogIsFilteredByActionPersonAndDay() {
        AuditView view = view();
        view.action.setValue(AuditAction.DOSSIER_HANDED_OVER);
        assertEquals(1, rows(view).size());
        view.action.clear();
        view.person.setValue(c.directorA.username());
        assertTrue(rows(view).stream().allMatch(e -> c.directorA.username().equals(e.actorUsername())));
        assertTrue(rows(view).stream().noneMatch(e -> e.action().equals(AuditAction.DOSSIER_RECEIVED.name())));
        view.person.clear();
        LocalDate today = BusinessTime.localDate(c.directorA().now());
        view.from.setValue(today.plusDays(1));
        assertEquals(0, rows(view).size(), "nothing happened tomorrow");
        view.from.setValue(today);
        view.until.setValue(today);
        assertTrue(rows(view).size() >= 3, "today's receipt, hand-over and sign-ins");
    }

    @Test
    void theFilteredLogIsExportedAsCsvInVietnameseWithoutFormulasAndTheExportIsAudited() throws Exception {
        AuditView view = view();
        view.action.setValue(AuditAction.DOSSIER_HANDED_OVER);
        com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor) view.getChildren()
                .flatMap(ch -> ch.getChildren()).filter(x -> "audit-export".equals(x.getId().orElse(""))).findFirst().orElseThrow();
        String csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(link), StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("\uFEFFThời điểm,Người thực hiện,Tên đăng nhập,Thao tác"), lines[0]);
        assertTrue(lines[1].contains(",Trần Thị Bình,au.cb.a,"), "the clerk by full name and login name: " + lines[1]);
        assertTrue(lines[1].contains("Chuyển bước xử lý hồ sơ") && lines[1].contains(dossier.code()), lines[1]);
        assertTrue(LOCAL_TIME.matcher(lines[1]).find(), lines[1]);
        assertEquals(1, audit.search(c.directorA(), new AuditLog.Filter(null, AuditAction.AUDIT_EXPORTED, null, null), 0, 10)
                .getTotalSize());
    }

    @Test
    void eachLineNamesThePersonByFullNameWithTheLoginNameOnHover() {
        AuditView view = view();
        List<AuditEntry> rows = rows(view);
        AuditEntry received = rows.stream().filter(e -> e.action().equals(AuditAction.DOSSIER_RECEIVED.name()))
                .findFirst().orElseThrow();
        assertEquals("Trần Thị Bình", AuditView.actor(received));
        assertEquals("au.cb.a", AuditView.actorHover(received));
        assertEquals("Trần Thị Bình", GridKt._getFormatted(view.grid, rows.indexOf(received), "actor"));
        // a sign-in is written without the name (before anyone is in session); the log still names the person
        AuditEntry login = rows.stream().filter(e -> e.action().equals(AuditAction.LOGIN.name())
                && "au.gd.a".equals(e.actorUsername())).findFirst().orElseThrow();
        assertEquals("Nguyễn Văn An", AuditView.actor(login));
    }

    @Test
    void thePersonFilterTakesPartOfAFullNameWithoutDiacritics() {
        AuditView view = view();
        view.person.setValue("tran thi");
        List<AuditEntry> rows = rows(view);
        assertTrue(rows.stream().anyMatch(e -> e.action().equals(AuditAction.DOSSIER_RECEIVED.name())));
        assertTrue(rows.stream().allMatch(e -> "au.cb.a".equals(e.actorUsername())), "only the clerk's lines");
    }

    @Test
    void aClerkCannotReadTheLogAndAnotherCentersDirectorSeesNoneOfIt() {
        assertThrows(AccessDeniedException.class, () -> audit.search(c.clerkA(), AuditLog.Filter.ALL, 0, 10));
        assertTrue(audit.search(c.directorB(), AuditLog.Filter.ALL, 0, 1000).getContent().stream()
                .noneMatch(e -> dossier.code().equals(e.targetId())));
    }

    private AuditView view() {
        AuditView view = new AuditView(audit, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    private static List<AuditEntry> rows(AuditView view) {
        view.grid.getDataProvider().refreshAll();
        List<AuditEntry> rows = new ArrayList<>();
        int size = GridKt._size(view.grid);
        for (int i = 0; i < size; i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }
}
