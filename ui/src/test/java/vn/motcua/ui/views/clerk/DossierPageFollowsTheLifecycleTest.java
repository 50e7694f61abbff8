package vn.motcua.ui.views.clerk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierAction;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.dossier.DossierSlips;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.clerk.actions.DossierActionBar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.core.context.Role;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.DossierAction.ASSIGN;
import static vn.motcua.core.dossier.DossierAction.FINANCIAL_OBLIGATION_FULFILLED;
import static vn.motcua.core.dossier.DossierAction.HAND_OVER;
import static vn.motcua.core.dossier.DossierAction.RECORD_APOLOGY;
import static vn.motcua.core.dossier.DossierAction.REQUEST_FINANCIAL_OBLIGATION;
import static vn.motcua.core.dossier.DossierAction.REQUEST_SUPPLEMENT;
import static vn.motcua.core.dossier.DossierAction.RESOLVE;
import static vn.motcua.core.dossier.DossierAction.RETURN_RESULT;
import static vn.motcua.core.dossier.DossierAction.SEND_BACK;
import static vn.motcua.core.dossier.DossierAction.STOP;
import static vn.motcua.core.dossier.DossierAction.SUPPLEMENT_RECEIVED;
import static vn.motcua.core.dossier.DossierAction.WITHDRAW;

/**
 * The dossier page offers exactly what the life cycle allows to the person looking at it, in every status, for the
 * clerk and the director; and when the clock moves, the inbox tabs, the due-date colours and the page agree.
 * The default workflow has four steps: 1 reception (clerk), 2 appraisal (clerk), 3 approval (director), 4 return
 * (clerk, the last one, where the dossier is resolved).
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPageFollowsTheLifecycleTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Monday 30 November 2026, 09:00 in Vietnam: three working days later is Thursday 09:00. */
    static final Instant MONDAY_9 = BusinessTime.instant(LocalDateTime.of(2026, 11, 30, 9, 0));
    static final Set<DossierAction> NONE = EnumSet.noneOf(DossierAction.class);

    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    DossierDesk desk;
    @Inject
    DossierSlips slips;
    @Inject
    MovableClock clock;

    TwoCenters c;

    @BeforeEach
    void vaadin() {
        clock.set(MONDAY_9);
        c = new TwoCenters(context, "lc" + ++centers + ".");
        MockVaadin.setup();
    }

    private int centers;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void inEveryStatusThePageOffersTheClerkAndTheDirectorExactlyWhatTheLifecycleAllowsThem() {
        Set<DossierAction> open = EnumSet.of(ASSIGN, RECORD_APOLOGY, STOP, WITHDRAW);
        Set<DossierAction> working = union(open, REQUEST_SUPPLEMENT, REQUEST_FINANCIAL_OBLIGATION, SEND_BACK);

        Dossier received = receive();
        expect(received, union(open, HAND_OVER), union(open, HAND_OVER));

        Dossier appraisal = apply(c.clerkA(), received, new DossierCommand.HandOver(1, null));
        expect(appraisal, union(working, HAND_OVER), union(working, HAND_OVER));

        Dossier waiting = apply(c.clerkA(), apply(c.clerkA(), receive(), new DossierCommand.HandOver(1, null)),
                new DossierCommand.RequestSupplement("Bổ sung tờ khai"));
        expect(waiting, union(open, SUPPLEMENT_RECEIVED), union(open, SUPPLEMENT_RECEIVED));

        Dossier paying = apply(c.clerkA(), apply(c.clerkA(), receive(), new DossierCommand.HandOver(1, null)),
                new DossierCommand.RequestFinancialObligation("Nộp lệ phí 8.000 đồng"));
        expect(paying, union(open, FINANCIAL_OBLIGATION_FULFILLED), union(open, FINANCIAL_OBLIGATION_FULFILLED));

        Dossier approval = apply(c.clerkA(), appraisal, new DossierCommand.HandOver(2, null));
        expect(approval, NONE, union(working, HAND_OVER));

        Dossier last = apply(c.directorA(), approval, new DossierCommand.HandOver(3, null));
        expect(last, union(working, RESOLVE), union(working, RESOLVE));

        Dossier resolved = desk.resolve(c.clerkA(), last.id(), last.version(), "ket-qua.pdf", PDF);
        expect(resolved, EnumSet.of(RETURN_RESULT), EnumSet.of(RETURN_RESULT));

        Dossier returned = apply(c.clerkA(), resolved, new DossierCommand.ReturnResult(new ReturnMethod.Online()));
        expect(returned, NONE, NONE);

        expect(apply(c.clerkA(), receive(), new DossierCommand.Reject("Giấy tờ giả mạo")), NONE, NONE);
        expect(apply(c.clerkA(), receive(), new DossierCommand.Withdraw(null)), NONE, NONE);
    }

    @Test
    void aStepAssignedToAnotherClerkShowsTheOtherClerkNoStepBoundButtonsButWhoHoldsIt() {
        String username = context.getBean(StaffService.class).create(c.directorA(), new StaffForm("Hoàng Thị Cúc", null,
                TwoCenters.PASSWORD, Role.CLERK, "Chuyên viên", null, null, null)).username();
        Principal second = context.getBean(LoginService.class).login(username, TwoCenters.PASSWORD).principal();
        Set<DossierAction> working = EnumSet.of(ASSIGN, RECORD_APOLOGY, STOP, WITHDRAW, REQUEST_SUPPLEMENT,
                REQUEST_FINANCIAL_OBLIGATION, SEND_BACK, HAND_OVER);

        Dossier held = apply(c.clerkA(), receive(), new DossierCommand.HandOver(1, second.username()));
        DossierView mine = open(c.clerkA, held.id());
        assertEquals(Set.of(), buttons(mine), "the step is the other clerk's: no step-bound button");
        Span note = (Span) descendants(mine).stream().filter(x -> "dossier-actions-note".equals(x.getId().orElse("")))
                .findFirst().orElseThrow();
        assertTrue(note.getText().contains("Hoàng Thị Cúc"), note.getText());
        assertTrue(descendants(mine).stream().anyMatch(x -> "fee-open".equals(x.getId().orElse(""))),
                "fees (and notes) stay open to every clerk");

        assertEquals(ids(working), buttons(open(second, held.id())), "the assignee moves the step");
        assertEquals(ids(working), buttons(open(c.directorA, held.id())), "the director may override");
    }

    @Test
    void whenTheClockMovesTheInboxTabsTheColoursAndTheDossierPageAgree() {
        // each test has centers of its own, so these tabs count this dossier alone
        Dossier d = receive();
        Instant due = d.dueAt();

        clock.set(due.minus(Duration.ofHours(30)));
        agree(d, BusinessTime.Urgency.ON_TRACK, 0, 0, true);

        clock.set(due.minus(Duration.ofHours(2)));
        agree(d, BusinessTime.Urgency.DUE_SOON, 1, 0, true);

        clock.set(due.plus(Duration.ofMinutes(1)));
        agree(d, BusinessTime.Urgency.OVERDUE, 0, 1, false);
    }

    private void agree(Dossier d, BusinessTime.Urgency urgency, long dueSoon, long overdue, boolean apologyOffered) {
        String theme = switch (urgency) {
            case OVERDUE -> "error";
            case DUE_SOON -> "contrast";
            case ON_TRACK -> "success";
        };
        CallContext clerk = c.clerkA();
        DossierInbox.Counts counts = desk.counts(clerk);
        assertEquals(dueSoon, counts.dueSoon(), "the 'due soon' tab at " + clerk.now());
        assertEquals(overdue, counts.overdue(), "the 'overdue' tab at " + clerk.now());
        assertEquals(urgency, BusinessTime.urgency(d.dueAt(), clerk.now()));
        Dossier row = desk.inbox(clerk, DossierInbox.Bucket.OPEN, d.code(), 0, 10).getContent().get(0);
        assertEquals(theme, DossierView.urgencyTheme(row, clerk.now()), "the inbox row's colour");

        DossierView page = open(c.clerkA, d.id());
        Span badge = findDue(page);
        assertTrue(badge.getElement().getThemeList().contains(theme), "the page's due date is " + theme
                + ": " + badge.getElement().getThemeList());
        assertEquals(apologyOffered, buttons(page).contains(DossierActionBar.idOf(RECORD_APOLOGY)),
                "an apology is offered only before the due date passes");
    }

    private static Span findDue(DossierView page) {
        return (Span) descendants(page).stream().filter(x -> "dossier-due".equals(x.getId().orElse("")))
                .findFirst().orElseThrow();
    }

    private static List<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        List<com.vaadin.flow.component.Component> all = new java.util.ArrayList<>();
        root.getChildren().forEach(ch -> {
            all.add(ch);
            all.addAll(descendants(ch));
        });
        return all;
    }

    private void expect(Dossier d, Set<DossierAction> clerk, Set<DossierAction> director) {
        assertEquals(ids(clerk), buttons(open(c.clerkA, d.id())), "clerk, " + d.status() + " at step " + d.currentStep());
        assertEquals(ids(director), buttons(open(c.directorA, d.id())), "director, " + d.status() + " at step " + d.currentStep());
    }

    private DossierView open(Principal who, long id) {
        VaadinSession.getCurrent().setAttribute(Principal.class, who);
        DossierView view = new DossierView(desk, slips, context.getBean(CallContexts.class));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        view.show(id);
        return view;
    }

    /** The ids of the buttons the page's action bar shows. */
    private static Set<String> buttons(DossierView page) {
        return page.actions.getChildren().filter(Button.class::isInstance)
                .map(b -> b.getId().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(Set<DossierAction> actions) {
        return actions.stream().map(DossierActionBar::idOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<DossierAction> union(Set<DossierAction> base, DossierAction... more) {
        Set<DossierAction> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    private Dossier receive() {
        return intake.receive(c.clerkA(), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Đỗ Văn Tư", "025090000444", LocalDate.of(1990, 1, 2), "0912000444", "Xóm Giữa"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)))).dossier();
    }

    private Dossier apply(CallContext who, Dossier d, DossierCommand command) {
        return desk.apply(who, d.id(), d.version(), command);
    }
}
