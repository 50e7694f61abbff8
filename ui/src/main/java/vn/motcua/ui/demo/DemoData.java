package vn.motcua.ui.demo;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.VerifiedProcedures;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.core.text.SearchKey;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.onboarding.CommuneListReader;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.context.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.tenants.calendar.ProvinceCalendarAdmin;
import vn.motcua.tenants.center.CenterService;
import java.util.List;
import java.util.Objects;

/**
 * Demo province for the default run: Phú Thọ's provincial center and its 148 communes and wards
 * (real 2025 list), each with a director and two clerks, and the real commune-level procedure catalog
 * (588 procedures of the national portal, bundled in core). Loaded once, into an empty database.
 */
@Context
@Requires(property = "motcua.demo.enabled", value = "true")
public class DemoData {
    public static final String PROVINCE_ADMIN = "admin.phutho";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan",
            "Linh", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn"};

    private static final String CATALOG = "catalog/commune-procedures-national-portal.jsonl";

    private final String password;
    private final List<CommuneListReader.Commune> communes;

    public DemoData(OnboardingService onboarding, PasswordHasher hasher, CatalogImportService catalogImport,
                    CatalogService catalog, VerifiedProcedures verifiedProcedures, DemoDossiers dossiers, DemoHistory history, BusinessTime time, CenterService centerService,
                    ProvinceCalendarAdmin calendars,
                    AppUserRepository users, ProvincialScope provincialScope,
                    @Value("${motcua.demo.password:" + DemoExposure.PUBLISHED_PASSWORD + "}") String password,
                    @Value("${micronaut.server.host:127.0.0.1}") String host) {
        this.password = password;
        this.communes = readCommunes();
        if (onboarding.centerCount() > 0) {
            DemoExposure.check(host, provincialScope.unaudited(() -> users.findByUsername(PROVINCE_ADMIN))
                    .map(admin -> hasher.matches(DemoExposure.PUBLISHED_PASSWORD, admin.passwordHash())).orElse(false));
            return;
        }
        DemoExposure.check(host, DemoExposure.PUBLISHED_PASSWORD.equals(password));
        long start = System.nanoTime();
        // one hash for every demo account: Argon2 is slow on purpose, 445 of them would delay the first start
        String hash = hasher.hash(password);
        List<NewCenter> centers = new ArrayList<>();
        centers.add(new NewCenter("T25", "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ", CenterType.TINH, "25",
                "Phú Thọ", null, List.of(new NewStaff(PROVINCE_ADMIN, "Nguyễn Văn Quản", Role.PROVINCIAL_ADMIN,
                "Chuyên viên Sở Khoa học và Công nghệ", hash))));
        int i = 0;
        for (CommuneListReader.Commune c : communes) {
            String slug = slug(c.name()) + "." + c.code();
            centers.add(new NewCenter(c.code(), c.name(), c.type(), "25", "Phú Thọ", c.mergedFrom(), List.of(
                    new NewStaff("gd." + slug, name(i++), Role.DIRECTOR, "Giám đốc", hash),
                    new NewStaff("cb1." + slug, name(i++), Role.CLERK, "Chuyên viên", hash),
                    new NewStaff("cb2." + slug, name(i++), Role.CLERK, "Chuyên viên", hash))));
        }
        List<ServiceCenter> created = onboarding.onboard(Actor.system("demo-data"), centers);
        LOG.info("Demo province loaded: {} centers in {} ms", centers.size(), (System.nanoTime() - start) / 1_000_000);
        CallContext province = CallContext.system(created.get(0).tenantId(), "demo-data", time.now());
        completeProfiles(centerService, calendars, province, created);
        publishCalendars(calendars, province);
        if (catalog.count() == 0) {
            importCatalog(catalogImport, province);
            // the common procedures checked against the legal texts, corrected as provincial IT would
            int corrected = verifiedProcedures.apply(province);
            LOG.info("Demo catalog: {} common procedures corrected from the legal texts ({})", corrected,
                    VerifiedProcedures.RESOURCE);
        }
        CommuneListReader.Commune first = communes.get(0);
        String slug = slug(first.name()) + "." + first.code();
        try {
            dossiers.load("cb1." + slug, "gd." + slug, password);
        } catch (RuntimeException e) {
            // the demo still runs without sample dossiers; say why loudly
            LOG.error("Demo dossiers could not be loaded", e);
        }
        try {
            history.load();
        } catch (RuntimeException e) {
            LOG.error("Demo history could not be loaded", e);
        }
    }

    /**
     * What the bundled data gives a center's profile: an agency code generated in the QCVN 102:2016 shape (not the
     * official one: the data has none, see {@link DemoAgencyCodes}) and, as opening hours, the province's office hours.
     * The official commune list has no addresses or phone numbers: those stay empty and the pages show them missing.
     */
    private static void completeProfiles(CenterService centerService, ProvinceCalendarAdmin calendars, CallContext province,
                                          List<ServiceCenter> created) {
        Map<String, String> codes = DemoAgencyCodes.communes(created.get(0).provinceCode(),
                created.stream().filter(c -> c.type() != CenterType.TINH).map(ServiceCenter::code).toList());
        for (ServiceCenter center : created) {
            String code = center.type() == CenterType.TINH ? DemoAgencyCodes.province(center.provinceCode()) : codes.get(center.code());
            centerService.setAgencyCode(province, center.id(), code, null);
        }
        centerService.fillOpeningHours(province, openingHours(calendars.officeHours(province)));
    }

    /** "Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00 (trừ ngày nghỉ lễ)". */
    static String openingHours(OfficeHours hours) {
        return "Thứ Hai – Thứ Sáu: " + hours.sessions().stream().map(s -> s.start() + "–" + s.end())
                .collect(Collectors.joining(", ")) + " (trừ ngày nghỉ lễ, Tết)";
    }

    /**
     * The province's working calendars of this year and the next, proposed by the rules (Labour Code holidays, the
     * lunar ones, the nationally announced swaps: {@code HolidayRules}, {@code OfficialAdjustments}, checked against
     * the python-holidays list in HolidayRulesTest) and published as provincial IT would.
     */
    private static void publishCalendars(ProvinceCalendarAdmin calendars, CallContext province) {
        int year = BusinessTime.localDate(province.now()).getYear();
        for (int y = year; y <= year + 1; y++) {
            CalendarYear draft = calendars.propose(province, y);
            calendars.publish(province, y, draft.version());
        }
        LOG.info("Demo working calendars published: {} and {}", year, year + 1);
    }

    /** The real commune-level catalog (588 procedures of the national portal), imported as provincial IT would. */
    private static void importCatalog(CatalogImportService catalogImport, CallContext province) {
        try (InputStream in = Objects.requireNonNull(DemoData.class.getResourceAsStream("/" + CATALOG))) {
            CatalogImportOutcome outcome = catalogImport.importFile(province,
                    CATALOG.substring(CATALOG.lastIndexOf('/') + 1), in, -1, null);
            if (!outcome.applied()) {
                throw new IllegalStateException("bundled catalog refused:\n" + outcome.report());
            }
            LOG.info("Demo catalog imported: {} in {} ms", outcome.summaryVi(), outcome.durationMs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CommuneListReader.Commune> readCommunes() {
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream("/data/communes-phu-tho-2025.csv"))) {
            return CommuneListReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(String name) {
        return SearchKey.of(name).replace(' ', '-');
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    /** The first commune's logins, as printed at startup and written in the README. */
    public String loginsText() {
        CommuneListReader.Commune first = communes.get(0);
        String slug = slug(first.name()) + "." + first.code();
        return "Tài khoản mẫu / demo logins (mật khẩu / password: " + password + "):\n"
                + "  Quản trị tỉnh / provincial IT : " + PROVINCE_ADMIN + "\n"
                + "  Giám đốc / director           : gd." + slug + "  (" + first.name() + ")\n"
                + "  Cán bộ / clerks               : cb1." + slug + ", cb2." + slug + "\n"
                + "  Mỗi xã/phường: gd.<tên-không-dấu>.<mã>, cb1.…, cb2.… (every commune alike)";
    }
}
