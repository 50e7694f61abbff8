package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.merge.AccountChoice;
import vn.motcua.tenants.merge.CenterLineage;
import vn.motcua.tenants.merge.MergeCounts;
import vn.motcua.tenants.merge.MergeJobs;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge page and API: provincial IT previews and runs a merge; directors and clerks get neither. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    MergeJobs merges;
    @Inject
    CenterService centers;

    TwoCenters c;
    ServiceCenter third;
    Dossier oldOfB;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "mv.");
        PasswordHasher hasher = context.getBean(PasswordHasher.class);
        third = context.getBean(OnboardingService.class).onboard(Actor.system("test"), List.of(new NewCenter("mv.C", "Tân Phương",
                CenterType.XA, "25", "Phú Thọ", "Xã Tân Phương, Xã Vầy Nưa (một phần)", List.of(
                        new NewStaff("mv.cb.c", "Hoàng Thị Hoa", Role.CLERK, "Chuyên viên", hasher.hash(TwoCenters.PASSWORD)))))).get(0);
        CallContext clerkC = context.getBean(LoginService.class).login("mv.cb.c", TwoCenters.PASSWORD).principal().at(c.admin().now());
        receive(c.clerkA(), "Nguyễn Văn Một");
        oldOfB = receive(c.clerkB(), "Trần Văn Hai");
        receive(clerkC, "Lê Thị Ba");
    }

    private Dossier receive(CallContext clerk, String name) {
        return context.getBean(IntakeService.class).receive(clerk, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON, new Applicant.Individual(name, "025190000555",
                LocalDate.of(1990, 1, 2), "0912000555", "Xóm Trại"), List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf",
                ("%PDF-1.7\n" + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8))))).dossier();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void signIn(Principal p) {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, p);
    }

    @Test
    void provincialItPreviewsAndRunsAMergeOfThreeCentersAndTheCentersListShowsTheLineage() {
        signIn(c.admin);
        MergeView view = new MergeView(merges, centers, context.getBean(OnboardingService.class), context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        ServiceCenter a = pick(view, c.a.id());
        view.chosen.setValue(Set.of(a, pick(view, c.b.id()), pick(view, third.id())));
        view.target.setValue(a);
        view.preview();
        assertTrue(view.runButton.isEnabled());
        assertEquals(List.of("Xã An Bình", "Xã Tân Phương"), view.preview.sources().stream().map(s -> s.name()).toList());
        assertEquals(3, view.accountChoices.size(), "B's director and clerk, C's clerk");
        view.accountChoices.get(c.directorB.userId()).setValue(AccountChoice.DEACTIVATE);
        view.inline = true;
        view.start();
        assertTrue(view.counts.isVisible());
        List<MergeCounts.Line> lines = view.counts.getGenericDataView().getItems().toList();
        assertTrue(lines.stream().allMatch(MergeCounts.Line::ok), lines.toString());
        assertEquals("Hoàn thành sáp nhập", view.phaseText.getText());
        assertEquals(1.0, view.progress.getValue());

        // a citizen looks up an old code of B with the receipt's secret: found, now at A
        var found = context.getBean(DossierStatusLookup.class).find(oldOfB.code(), oldOfB.lookupSecret(), "10.1.1.1").found();
        assertTrue(found.isPresent());

        CentersView list = new CentersView(centers, context.getBean(CallContexts.class), context.getBean(CenterLineage.class), true);
        UI.getCurrent().add(list);
        list.search.setValue("mv.");
        List<ServiceCenter> rows = new java.util.ArrayList<>();
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(list.grid); i++) {
            rows.add(com.github.mvysny.kaributesting.v10.GridKt._get(list.grid, i));
        }
        ServiceCenter b = rows.stream().filter(r -> r.id().equals(c.b.id())).findFirst().orElseThrow();
        ServiceCenter target = rows.stream().filter(r -> r.id().equals(c.a.id())).findFirst().orElseThrow();
        ServiceCenter cc = rows.stream().filter(r -> r.id().equals(third.id())).findFirst().orElseThrow();
        assertEquals("đã sáp nhập vào Xã Đào Xá", list.lineageText(b));
        assertTrue(list.lineageText(target).contains("Xã An Bình, Xã Tân Phương"), list.lineageText(target));
        assertTrue(list.lineageText(cc).startsWith("sáp nhập từ Xã Tân Phương, Xã Vầy Nưa (một phần) — đã sáp nhập vào Xã Đào Xá"),
                list.lineageText(cc));
    }

    @Test
    void aSourceSplitInPartListsItsOpenDossiersWithTheLargerPartProposedAndEachGoesWhereChosen() {
        TwoCenters two = new TwoCenters(context, "mvs.");
        ServiceCenter u = context.getBean(OnboardingService.class).onboard(Actor.system("test"), List.of(new NewCenter("mvs.U", "Tân Lập",
                CenterType.XA, "25", "Phú Thọ", null, List.of()))).get(0);
        Dossier first = receive(two.clerkB(), "Trần Văn Hai");
        Dossier second = receive(two.clerkB(), "Lê Thị Ba");
        signIn(c.admin);
        MergeView view = new MergeView(merges, centers, context.getBean(OnboardingService.class), context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        ServiceCenter a = pick(view, two.a.id());
        view.chosen.setValue(Set.of(a, pick(view, two.b.id())));
        view.target.setValue(a);
        view.preview();
        assertTrue(view.splitDossiers.isEmpty(), "not split until successors are named");
        var with = view.splitWithBoxes.get(two.b.id());
        with.setValue(Set.of(with.getListDataView().getItems().filter(x -> x.id().equals(u.id())).findFirst().orElseThrow()));
        // the preview ran again: every open dossier of B proposed to the larger part (the target: no successor bears B's name)
        Map<Long, com.vaadin.flow.component.select.Select<Long>> destinations = view.splitDossiers.get(two.b.id());
        assertEquals(Set.of(first.id(), second.id()), destinations.keySet());
        assertTrue(destinations.values().stream().allMatch(s -> s.getValue().equals(two.a.id())));
        assertEquals(two.a.id(), view.splitMain.get(two.b.id()).getValue());
        destinations.get(second.id()).setValue(u.id());
        view.inline = true;
        view.start();
        List<MergeCounts.Line> lines = view.counts.getGenericDataView().getItems().toList();
        assertTrue(lines.stream().allMatch(MergeCounts.Line::ok), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.table().equals("dossier@mvs.U")).findFirst().orElseThrow().targetAfter(),
                "the second dossier, and only it, went to U");
        assertTrue(context.getBean(DossierStatusLookup.class).find(second.code(), second.lookupSecret(), "10.1.1.2").found().isPresent());
    }

    @Test
    void provincialItMergesIntoANewCenterFromTheOfficialListAndGetsItsHandoverSheetOnThePage() {
        TwoCenters two = new TwoCenters(context, "mvn.");
        receive(two.clerkB(), "Trần Văn Hai");
        signIn(c.admin);
        MergeView view = new MergeView(merges, centers, context.getBean(OnboardingService.class), context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        view.chosen.setValue(Set.of(pick(view, two.a.id()), pick(view, two.b.id())));
        view.newTarget.setValue(true);
        assertFalse(view.target.isVisible());
        view.newUnit.setValue(view.newUnit.getListDataView().getItems().filter(x -> x.code().equals("04828")).findFirst().orElseThrow());
        view.newAgencyCode.setValue("000.00.25.H81");
        view.newDirector.setValue("Bùi Văn Mới");
        view.preview();
        assertEquals("Phường Thống Nhất", view.preview.targetName());
        assertEquals(2, view.preview.sources().size());
        assertTrue(view.runButton.isEnabled());
        view.inline = true;
        view.start();
        assertEquals("Hoàn thành sáp nhập", view.phaseText.getText());
        assertTrue(view.handover.isVisible());
        assertEquals("04828", view.onboarded.center().code());
        assertTrue(new String(view.sheetPdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(view.onboarded.center().id(), centers.open(c.admin(), two.b.id()).successorTenantId());
    }

    private static ServiceCenter pick(MergeView view, long id) {
        return view.chosen.getListDataView().getItems().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theMergePageIsForProvincialItAtTheProvinceOnly() {
        assertTrue(AccessGuard.mayOpen(c.admin(), MergeView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), MergeView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), MergeView.class));
        CallContext actingAsA = new CallContext(c.a.tenantId(), c.admin().actor(), "Quản trị", Role.PROVINCIAL_ADMIN, "Đào Xá",
                c.admin().now());
        assertFalse(AccessGuard.mayOpen(actingAsA, MergeView.class), "provincial IT acting as a center");
    }

    @Test
    void aDirectorOrAClerkCannotPreviewOrStartAMergeOverTheApiEvenWithAWellFormedForgedRequest() throws Exception {
        String body = "{\"targetId\":" + c.a.id() + ",\"centerIds\":[" + c.a.id() + "," + c.b.id() + "]}";
        for (String user : List.of("mv.gd.a", "mv.cb.a")) {
            assertEquals(403, post("/api/merges/preview", user, body).statusCode(), user);
            assertEquals(403, post("/api/merges", user, body).statusCode(), user);
        }
        assertEquals(401, post("/api/merges", null, body).statusCode());
        HttpResponse<String> bad = post("/api/merges/preview", "mv.admin", "{\"targetId\":" + c.a.id() + ",\"centerIds\":[" + c.a.id() + "]}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("Cần chọn ít nhất hai trung tâm"), bad.body());
    }

    @Test
    void overTheApiASourceSplitInPartSendsADossierToTheChosenSuccessorAndABadDestinationIsRefused() throws Exception {
        TwoCenters two = new TwoCenters(context, "mva.");
        ServiceCenter u = context.getBean(OnboardingService.class).onboard(Actor.system("test"), List.of(new NewCenter("mva.U", "Tân Lập",
                CenterType.XA, "25", "Phú Thọ", null, List.of()))).get(0);
        Dossier sent = receive(two.clerkB(), "Trần Văn Hai");
        String centers = "\"targetId\":" + two.a.id() + ",\"centerIds\":[" + two.a.id() + "," + two.b.id() + "]";
        HttpResponse<String> bad = post("/api/merges", "mva.admin", "{" + centers + ",\"splits\":{\"" + two.b.id() + "\":{\"successors\":["
                + u.id() + "],\"dossiers\":{\"" + sent.id() + "\":" + c.b.id() + "}}}}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("không phải trung tâm kế thừa của Xã An Bình"), bad.body());
        HttpResponse<String> done = post("/api/merges", "mva.admin", "{" + centers + ",\"splits\":{\"" + two.b.id() + "\":{\"successors\":["
                + u.id() + "],\"dossiers\":{\"" + sent.id() + "\":" + u.id() + "}}}}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("DONE"), done.body());
        long jobId = Long.parseLong(done.body().replaceAll(".*\"jobId\":(\\d+).*", "$1"));
        MergeCounts.Line atU = merges.job(c.admin(), two.a.id(), jobId).counts().lines().stream()
                .filter(l -> l.table().equals("dossier@mva.U")).findFirst().orElseThrow();
        assertEquals(1, atU.targetAfter(), "the dossier sent to U is there");
    }

    @Test
    void overTheApiProvincialItMergesIntoANewCenterFromTheOfficialListAndGetsItsHandoverSheet() throws Exception {
        TwoCenters two = new TwoCenters(context, "mvq.");
        receive(two.clerkB(), "Trần Văn Ba");
        String sources = "\"centerIds\":[" + two.a.id() + "," + two.b.id() + "]";
        HttpResponse<String> preview = post("/api/merges/into-new-center/preview", "mvq.admin", "{\"unitCode\":\"04873\"," + sources + "}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("Xã Quy Đức"), preview.body());
        String director = "\"director\":{\"fullName\":\"Bùi Văn Mới\",\"position\":\"Giám đốc\"},\"clerks\":[]";
        for (String user : List.of("mvq.gd.a", "mvq.cb.a")) {
            assertEquals(403, post("/api/merges/into-new-center", user, "{\"newCenter\":{\"unitCode\":\"04873\"," + director + "},"
                    + sources + "}").statusCode(), user);
        }
        HttpResponse<String> bad = post("/api/merges/into-new-center", "mvq.admin", "{\"newCenter\":{\"unitCode\":\"99999\"," + director
                + "}," + sources + "}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("danh sách chính thức"), bad.body());
        assertTrue(centers.search(c.admin(), "Quy Đức", null, null, 0, 10, "name", true).getContent().isEmpty(), "nothing opened");

        HttpResponse<String> noCenter = post("/api/merges/into-new-center", "mvq.admin", "{" + sources + "}");
        assertEquals(400, noCenter.statusCode(), noCenter.body());
        assertTrue(noCenter.body().contains("Nhập trung tâm mới"), noCenter.body());
        HttpResponse<String> noAgency = post("/api/merges/into-new-center", "mvq.admin", "{\"newCenter\":{\"unitCode\":\"04873\","
                + director + "}," + sources + "}");
        assertEquals(400, noAgency.statusCode(), noAgency.body());
        assertTrue(noAgency.body().contains("mã định danh của cơ quan"), noAgency.body());
        assertTrue(centers.search(c.admin(), "Quy Đức", null, null, 0, 10, "name", true).getContent().isEmpty(), "nothing opened");

        HttpResponse<String> done = post("/api/merges/into-new-center", "mvq.admin", "{\"newCenter\":{\"unitCode\":\"04873\","
                + "\"agencyCode\":\"000.00.25.H82\"," + director + "}," + sources + "}");
        assertEquals(201, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"phase\":\"DONE\"") && done.body().contains("\"centerCode\":\"04873\""), done.body());
        long centerId = Long.parseLong(done.body().replaceAll(".*\"centerId\":(\\d+).*", "$1"));
        byte[] pdf = Base64.getDecoder().decode(done.body().replaceAll(".*\"handoverSheetPdf\":\"([^\"]+)\".*", "$1"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(centerId, centers.open(c.admin(), two.b.id()).successorTenantId());
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TwoCenters.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
