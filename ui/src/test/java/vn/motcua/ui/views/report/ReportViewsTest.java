package vn.motcua.ui.views.report;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two report pages: a director's own figures down to the dossiers, the province's ranking and workbook, and who may open which. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportViewsTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    IndicatorService indicators;

    TwoCenters c;
    Dossier ofA;
    Dossier ofB;

    @BeforeAll
    void oneDossierEach() {
        c = new TwoCenters(context, "rp.");
        ofA = receive(c.clerkA(), "025190000701");
        ofB = receive(c.clerkB(), "025190000702");
    }

    private Dossier receive(vn.motcua.core.context.CallContext who, String id) {
        return intake.receive(who, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25",
                null, Dossier.Channel.ONLINE, new Applicant.Individual("Vũ Thị Năm", id, LocalDate.of(1990, 1, 2),
                "0912000555", "Xóm Trại"), List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)))).dossier();
    }

    private void signIn(Principal p) {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, p);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aDirectorDrillsDownFromAFigureToTheOwnCentersDossiersOnly() {
        signIn(c.directorA);
        CenterReportView view = new CenterReportView(indicators, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        Button received = LocatorJ._get(Button.class, spec -> spec.withId("report-fig-received"));
        ButtonKt._click(received);
        @SuppressWarnings("unchecked")
        Grid<Dossier> grid = LocatorJ._get(Grid.class, spec -> spec.withId("report-drill-grid"));
        assertEquals(1, GridKt._size(grid));
        assertEquals(ofA.code(), GridKt._get(grid, 0).code(), "A's dossier, never B's");
        assertTrue(LocatorJ._get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("report-score")).getText()
                .startsWith("Điểm: "));
    }

    @Test
    void onlyProvincialItOpensTheProvincePageAndADirectorCannotReachAnotherCenterByItsAddress() {
        assertTrue(AccessGuard.mayOpen(c.admin(), ProvinceReportView.class));
        assertTrue(AccessGuard.mayOpen(c.admin(), ProvinceCenterReportView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), ProvinceReportView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), ProvinceCenterReportView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), ProvinceReportView.class));
        assertTrue(AccessGuard.mayOpen(c.directorA(), CenterReportView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), CenterReportView.class), "the center's figures are its director's");

        // a forged address /tinh/bao-cao/trung-tam/<B> opened by A's director: the service refuses whatever the page does
        signIn(c.directorA);
        ProvinceCenterReportView forged = new ProvinceCenterReportView(indicators, context.getBean(CallContexts.class));
        assertThrows(AccessDeniedException.class, () -> forged.setParameter(null, c.b.id()));
        assertThrows(AccessDeniedException.class, () -> indicators.province(c.directorA(), vn.motcua.core.indicator.Period.year(2026)));
    }

    @Test
    void provincialItRanksTheCentersAndDownloadsTheWorkbookWithNumberCells() throws Exception {
        signIn(c.admin);
        ProvinceReportView view = new ProvinceReportView(indicators, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        List<IndicatorService.CenterRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(view.ranking); i++) {
            rows.add(GridKt._get(view.ranking, i));
        }
        assertTrue(rows.stream().anyMatch(r -> r.tenantId() == c.a.id() && r.figures().received() == 1));
        assertTrue(rows.stream().anyMatch(r -> r.tenantId() == c.b.id() && r.figures().received() == 1));
        byte[] xlsx = DownloadKt._download(view.export);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> sheet = wb.findSheet("Xếp hạng").orElseThrow().read().stream()
                    .collect(Collectors.toMap(Row::getRowNum, r -> r));
            assertEquals("Trung tâm", sheet.get(4).getCell(1).getRawValue());
            Row rowA = sheet.values().stream().filter(r -> r.getCellCount() > 1 && c.a.name().equals(r.getCell(1).getRawValue()))
                    .findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, rowA.getCell(10).getType(), "received is a number cell");
            assertEquals(1, rowA.getCell(10).asNumber().intValue());
            assertTrue(wb.findSheet("Báo cáo định kỳ").isPresent());
        }
    }
}
