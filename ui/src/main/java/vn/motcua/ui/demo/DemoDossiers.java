package vn.motcua.ui.demo;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.Checklist;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.dossier.DossierIntake;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A working day already under way in the first demo commune: dossiers received through the real intake and
 * moved through the real desk (received, in processing, waiting for a supplement, at the director's step,
 * resolved, returned), so the inbox, the dossier page and the search show something on the first start.
 */
@Singleton
class DemoDossiers {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);
    private static final byte[] SCAN = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final LoginService login;
    private final CenterCatalogService catalog;
    private final DossierIntake intake;
    private final DossierDesk desk;

    private final BusinessTime time;

    DemoDossiers(LoginService login, CenterCatalogService catalog, DossierIntake intake, DossierDesk desk, BusinessTime time) {
        this.time = time;
        this.login = login;
        this.catalog = catalog;
        this.intake = intake;
        this.desk = desk;
    }

    /** Each demo step is its own call, at the instant it runs. */
    private CallContext as(Principal person) {
        return person.at(time.now());
    }

    void load(String clerkUsername, String directorUsername, String password) {
        Principal clerk = login.login(clerkUsername, password).principal();
        Principal director = login.login(directorUsername, password).principal();
        if (clerk == null || director == null) {
            LOG.warn("Demo dossiers skipped: the demo accounts could not log in");
            return;
        }
        List<Procedure> procedures = catalog.list(as(clerk), true, null, 0, 200, "name", true).getContent().stream()
                .filter(p -> p.deadlineUnit() == DeadlineUnit.WORKING_DAYS && p.deadlineValue() != null && p.deadlineValue() >= 5)
                .limit(6).toList();
        // CCCD: province 025, century-and-sex digit (0 man / 1 woman born 1900–1999), two digits of the birth year
        String[][] people = {
                {"Nguyễn Thị Hoa", "025190001234", "0912001234", "1990"}, {"Trần Văn Minh", "025085004321", "0987004321", "1985"},
                {"Lê Thị Thu Hà", "025192007788", "0905007788", "1992"}, {"Phạm Quốc Bảo", "025080003344", "0977003344", "1980"},
                {"Hoàng Thị Lan", "025195005566", "0968005566", "1995"}, {"Đỗ Văn Nam", "025078009900", "0916009900", "1978"}};
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            List<RequiredDocument> checklist = catalog.servedProcedure(as(clerk), p.id()).draft().documents();
            // what the counter asks: every required paper, the first of each one-of group; conditional ones do not apply
            List<Checklist.Line> lines = Checklist.of(checklist);
            List<String> papers = lines.stream().filter(l -> l.kind() == RequiredDocument.Kind.REQUIRED
                            || l.kind() == RequiredDocument.Kind.ALTERNATIVE && l.group() == l.index())
                    .map(Checklist.Line::name).distinct().toList();
            List<IntakeRequest.IncomingDocument> scans = (papers.isEmpty() ? List.of("Đơn/tờ khai") : papers).stream()
                    .map(name -> new IntakeRequest.IncomingDocument(name, "ban-quet.pdf", SCAN)).toList();
            List<String> notApplicable = lines.stream().filter(l -> l.kind() == RequiredDocument.Kind.CONDITIONAL)
                    .map(Checklist.Line::name).toList();
            Applicant applicant = new Applicant.Individual(people[i][0], people[i][1], LocalDate.of(Integer.parseInt(people[i][3]), 3 + i, 10 + i),
                    people[i][2], "Khu " + (i + 1) + ", " + clerk.centerName());
            Dossier d = intake.receive(as(clerk), p.id(), Dossier.Channel.values()[i % 3], applicant, scans, List.of(),
                    notApplicable).dossier();
            advance(clerk, director, d, i);
        }
        LOG.info("Demo dossiers loaded: {} in {}", procedures.size(), clerk.centerName());
    }

    /** Dossier {@code stage} goes as far as its number says: 0 stays received … 5 is returned. */
    private void advance(Principal clerk, Principal director, Dossier d, int stage) {
        if (stage >= 1) {
            d = desk.apply(as(clerk), d.id(), d.version(), new DossierCommand.HandOver(1, clerk.username()));
        }
        if (stage == 2) {
            desk.apply(as(clerk), d.id(), d.version(), new DossierCommand.RequestSupplement("Bổ sung bản sao giấy tờ tùy thân"));
            return;
        }
        if (stage >= 3) {
            d = desk.apply(as(clerk), d.id(), d.version(), new DossierCommand.HandOver(2, null));
        }
        if (stage >= 4) {
            int last = desk.file(as(director), d.id()).steps().size() - 1;
            for (int step = 3; step <= last; step++) {
                d = desk.apply(as(director), d.id(), d.version(), new DossierCommand.HandOver(step, null));
            }
            d = desk.resolve(as(clerk), d.id(), d.version(), "ket-qua.pdf", SCAN);
        }
        if (stage >= 5) {
            desk.apply(as(clerk), d.id(), d.version(), new DossierCommand.ReturnResult(new ReturnMethod.InPerson(d.applicantName())));
        }
    }
}
