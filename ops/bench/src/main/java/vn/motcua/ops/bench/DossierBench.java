package vn.motcua.ops.bench;

import static vn.motcua.ops.bench.Figures.ms;
import static vn.motcua.ops.bench.Figures.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Page;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.db.DatabaseSettings;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierRepository;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.slip.DocumentLine;
import vn.motcua.core.slip.ReceiptSlip;
import vn.motcua.core.slip.SlipHeader;
import vn.motcua.core.slip.SlipRenderer;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;

import javax.sql.DataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier benchmark: 148 service centers and 1,000,000 generated dossiers in a fresh embedded PostgreSQL, then
 * a clerk's inbox (pages of every bucket, and the bucket counts) and the dossier search through
 * {@link DossierInbox}, the same SQL by hand over plain JDBC as the application role, and the intake throughput
 * (dossier + 3 scanned PDFs into an embedded S3 + the receipt PDF) through {@link IntakeService} and
 * {@link SlipRenderer}.
 *
 * <pre>java -cp ... vn.motcua.ops.bench.DossierBench [dossiers (1000000)] [intakes (300)]</pre>
 */
public final class DossierBench {
    private static final int CENTERS = 148;
    private static final int BATCH = 100_000;
    private static final int CALLS = 1_000;
    private static final int WARMUP = 200;
    private static final int COUNT_CALLS = 300;
    private static final int PAGE_SIZE = 20;
    private static final int INTAKE_WARMUP = 20;
    private static final String PROVINCE = "25";

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
            "Trần", "Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Cao", "Tạ"};
    private static final String[] MIDDLE = {"Văn", "Văn", "Văn", "Thị", "Thị", "Thị", "Đức", "Minh", "Ngọc", "Thanh",
            "Quang", "Hữu", "Xuân", "Thu", "Hoài", "Kim", "Bảo", "Gia", "Hồng", "Mạnh"};
    private static final String[] GIVEN = {"Hùng", "Hằng", "Lan", "Hương", "Nam", "Tuấn", "Dũng", "Hải", "Hà", "Linh",
            "Phương", "Thảo", "Trang", "Long", "Quân", "Sơn", "Thắng", "Cường", "Bình", "Hòa", "Hoa", "Mai", "Yến",
            "Nga", "Tâm", "Thủy", "Giang", "Khánh", "Vinh", "Việt", "Hiếu", "Trung", "Đạt", "Huy", "Phúc", "Tú", "Anh",
            "Ngân", "Oanh", "Duyên"};
    /** Commune-level procedures (code, name), the common ones several times: most dossiers are civil status. */
    private static final String[][] PROCEDURES = {
            {"1.001193", "Đăng ký khai sinh"}, {"1.001193", "Đăng ký khai sinh"}, {"1.001193", "Đăng ký khai sinh"},
            {"2.000908", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp"},
            {"2.000908", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp"},
            {"2.000815", "Chứng thực chữ ký trong các giấy tờ, văn bản"},
            {"1.000894", "Đăng ký kết hôn"}, {"1.000656", "Đăng ký khai tử"},
            {"1.000593", "Cấp Giấy xác nhận tình trạng hôn nhân"}, {"1.004746", "Đăng ký lại khai sinh"},
            {"1.000419", "Đăng ký nhận cha, mẹ, con"}, {"1.003583", "Cấp bản sao trích lục hộ tịch"},
            {"1.004227", "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất lần đầu"},
            {"1.001766", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"},
            {"1.011608", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"},
            {"2.001612", "Đăng ký thành lập hộ kinh doanh"},
            {"1.001612", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng"},
            {"2.000488", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"},
            {"1.004946", "Thông báo danh mục hoạt động tín ngưỡng"},
            {"1.001699", "Xác nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình"}};
    private static final String[] COMMUNES = {"Tân Lạc", "Đào Xá", "Hương Cần", "Thanh Sơn", "Văn Miếu", "Yên Lập",
            "Phù Ninh", "Lâm Thao", "Cẩm Khê", "Hạ Hòa", "Đoan Hùng", "Thanh Ba", "Tam Nông", "Thanh Thủy", "Tân Sơn",
            "Việt Trì", "Bạch Hạc", "Nông Trang", "Gia Cẩm", "Vân Phú"};
    /** What a clerk types to find a dossier by its applicant: no diacritics, sometimes only part of the name. */
    private static final String[] NAME_QUERIES = {"nguyen van hung", "tran thi lan", "le minh", "hoang duc anh",
            "pham thu trang", "nguyen thi huong", "vu quang", "khai sinh nguyen", "bui thanh tam", "hung", "thuy do",
            "chung thuc tran", "dang ky ket hon le", "nguyen hoa", "dat dai pham"};

    private DossierBench() {
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int intakes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        boolean searchOnly = args.length > 2 && args[2].equals("search");
        try (BenchApp app = BenchApp.start(4)) {
            new DossierBench().run(app.context, dossiers, intakes, searchOnly);
        }
    }


    /** A center of the benchmark: its tenant, agency code and the usernames of its staff. */
    private record Center(TenantId tenant, String code, String name, String agency) {
        String clerk(int k) {
            return "cb" + k + "." + code.toLowerCase(Locale.ROOT);
        }

        String director() {
            return "gd." + code.toLowerCase(Locale.ROOT);
        }

        /** A clerk of this center searching now. */
        CallContext reader(Instant now) {
            return new CallContext(tenant, new Actor(null, clerk(1), tenant), clerk(1), Role.CLERK, name, now);
        }
    }

    private ApplicationContext context;

    /** The application's business time, as every page and service reads it. */
    private Instant now() {
        return context.getBean(BusinessTime.class).now();
    }
    private DatabaseSettings settings;
    private int dossierCount;
    private List<Center> centers;
    private final Random random = new Random(20261124L);

    /**
     * The benchmark's data without its measurements, for {@code IndicatorBench}: the 148 centers and {@code dossiers}
     * generated rows (one real intake as their template) in the context's database. Returns the centers' tenants.
     */
    static List<TenantId> load(ApplicationContext context, int dossiers) throws Exception {
        DossierBench bench = new DossierBench();
        bench.dossierCount = dossiers;
        bench.context = context;
        bench.settings = context.getBean(DatabaseSettings.class);
        bench.centers = bench.createCenters();
        Intake template = bench.intakeWithReceipt(context.getBean(IntakeService.class), context.getBean(SlipRenderer.class),
                bench.centers.get(0), applicant(new Random(1)), scans());
        bench.generate(dossiers, template.dossier().id());
        return bench.centers.stream().map(Center::tenant).toList();
    }

    private void run(ApplicationContext context, int dossiers, int intakes, boolean searchOnly) throws Exception {
        this.dossierCount = dossiers;
        this.context = context;
        this.settings = context.getBean(DatabaseSettings.class);
        this.centers = createCenters();
        IntakeService intake = context.getBean(IntakeService.class);
        SlipRenderer slips = context.getBean(SlipRenderer.class);
        List<IntakeRequest.IncomingDocument> scans = scans();

        // one real intake first: the generated rows copy its workflow, life-cycle state and applicant JSON
        Center first = centers.get(0);
        Intake template = intakeWithReceipt(intake, slips, first, applicant(new Random(1)), scans);

        long t0 = System.nanoTime();
        generate(dossiers, template.dossier().id());
        System.out.println("dossier.generate: " + ms(t0) + " ms (" + dossiers + " dossiers, " + CENTERS + " centers)");

        if (searchOnly) {
            search();
            return;
        }
        inboxPages();
        inboxCounts();
        search();
        intakeRate(intake, slips, scans, intakes);
    }

    /**
     * For other benchmarks ({@link ApiBench}): the 148 centers and {@code dossiers} generated dossiers of this benchmark
     * in the database of {@code context}; the centers' tenant ids, in creation order.
     */
    static List<TenantId> prepare(ApplicationContext context, int dossiers) throws Exception {
        DossierBench bench = new DossierBench();
        bench.dossierCount = dossiers;
        bench.context = context;
        bench.settings = context.getBean(DatabaseSettings.class);
        bench.centers = bench.createCenters();
        Intake template = bench.intakeWithReceipt(context.getBean(IntakeService.class), context.getBean(SlipRenderer.class),
                bench.centers.get(0), applicant(new Random(1)), scans());
        long t0 = System.nanoTime();
        bench.generate(dossiers, template.dossier().id());
        System.out.println("dossier.generate: " + ms(t0) + " ms (" + dossiers + " dossiers, " + CENTERS + " centers)");
        return bench.centers.stream().map(Center::tenant).toList();
    }

    // ---------------------------------------------------------------- data

    private List<Center> createCenters() {
        ProvincialScope province = context.getBean(ProvincialScope.class);
        DataSource dataSource = context.getBean(DataSource.class);
        List<Center> created = new ArrayList<>();
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO service_center (code, name, type, province_code, "
                         + "province_name, agency_code) VALUES (?, ?, 'XA', ?, 'Phú Thọ', ?) RETURNING tenant_id")) {
                for (int k = 1; k <= CENTERS; k++) {
                    String code = String.format(Locale.ROOT, "BX-%03d", k);
                    String name = "Xã " + COMMUNES[k % COMMUNES.length] + " " + k;
                    String agency = String.format(Locale.ROOT, "000.%02d.%02d.H56", 10 + k / 100, k % 100);
                    ps.setString(1, code);
                    ps.setString(2, name);
                    ps.setString(3, PROVINCE);
                    ps.setString(4, agency);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        created.add(new Center(TenantId.of(rs.getLong(1)), code, name, agency));
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return created;
    }

    /**
     * Plain SQL as the owner (superuser: no row-level security on the way). The secondary indexes of
     * {@code dossier} are dropped first and rebuilt from their own definitions afterwards, as a bulk load does.
     */
    private void generate(int dossiers, long templateId) throws SQLException {
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection(); Statement st = c.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("SET synchronous_commit = off");
            Map<String, String> indexes = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                     WHERE i.schemaname = 'public' AND i.tablename = 'dossier'
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)""")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String name : indexes.keySet()) {
                st.execute("DROP INDEX " + name);
            }
            // the center's vocabulary (migrations 011, 030) is learnt set-based after the load, not row by row
            st.execute("ALTER TABLE dossier DISABLE TRIGGER dossier_learn_words");
            int perCenter = (dossiers + CENTERS - 1) / CENTERS;
            long[] tenants = centers.stream().mapToLong(x -> x.tenant().value()).toArray();
            String[] agencies = centers.stream().map(Center::agency).toArray(String[]::new);
            String[] codes = centers.stream().map(x -> x.code().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            String[] communes = centers.stream().map(Center::name).toArray(String[]::new);
            st.execute("SELECT setseed(0.2026)");
            try (PreparedStatement ps = c.prepareStatement(GENERATE)) {
                for (int from = 0; from < dossiers; from += BATCH) {
                    long s = System.nanoTime();
                    int to = Math.min(dossiers, from + BATCH) - 1;
                    int p = 1;
                    ps.setInt(p++, CENTERS);
                    ps.setInt(p++, CENTERS);
                    ps.setInt(p++, from);
                    ps.setInt(p++, to);
                    ps.setArray(p++, c.createArrayOf("bigint", Arrays.stream(tenants).boxed().toArray()));
                    ps.setArray(p++, c.createArrayOf("text", agencies));
                    ps.setArray(p++, c.createArrayOf("text", codes));
                    ps.setArray(p++, c.createArrayOf("text", communes));
                    ps.setInt(p++, perCenter);
                    ps.setInt(p++, perCenter);
                    ps.setArray(p++, c.createArrayOf("text", FAMILY));
                    ps.setArray(p++, c.createArrayOf("text", MIDDLE));
                    ps.setArray(p++, c.createArrayOf("text", GIVEN));
                    ps.setArray(p++, c.createArrayOf("text", Arrays.stream(PROCEDURES).map(x -> x[0]).toArray(String[]::new)));
                    ps.setArray(p++, c.createArrayOf("text", Arrays.stream(PROCEDURES).map(x -> x[1]).toArray(String[]::new)));
                    ps.setLong(p, templateId);
                    int rows = ps.executeUpdate();
                    System.out.println("  generated " + (to + 1) + " / " + dossiers + " (" + rows + " rows in " + ms(s) + " ms)");
                }
            }
            checkCodes(st);
            for (Map.Entry<String, String> index : indexes.entrySet()) {
                long s = System.nanoTime();
                st.execute(index.getValue());
                System.out.println("  index " + index.getKey() + ": " + ms(s) + " ms");
            }
            long w = System.nanoTime();
            st.execute(LEARN_VOCABULARY);
            st.execute("ALTER TABLE dossier ENABLE TRIGGER dossier_learn_words");
            System.out.println("  vocabulary of the centers: " + ms(w) + " ms");
            long s = System.nanoTime();
            st.execute("VACUUM (ANALYZE) dossier");
            st.execute("ANALYZE");
            System.out.println("  vacuum analyze: " + ms(s) + " ms");
        }
    }

    /**
     * One batch of dossiers {@code g} in [from, to]: center {@code g % 148}, {@code i} its number there; received
     * every ~2.5 hours going back about two years, the newest 10% of each center still open.
     */
    private static final String GENERATE = domainNames("""
            WITH s AS (
              SELECT g, g % ? + 1 AS c, g / ? + 1 AS i, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                     (random() * 2147483646)::bigint AS h
                FROM generate_series(?, ?) g
            ), p AS (
              SELECT s.*, (?::bigint[])[c] AS tenant_id, (?::text[])[c] AS agency, (?::text[])[c] AS ccode,
                     (?::text[])[c] AS commune,
                     now() - interval '2 days' - (? - i) * interval '150 minutes' - r4 * interval '60 minutes' AS received_at,
                     i > ? * 0.9 AS open,
                     ?::text[] AS fam, ?::text[] AS mid, ?::text[] AS giv, ?::text[] AS pcodes, ?::text[] AS pnames
                FROM s
            ), n AS (
              SELECT p.*,
                     fam[h % cardinality(fam) + 1] || ' ' || mid[(h / 61) % cardinality(mid) + 1] || ' '
                       || giv[(h / 7919) % cardinality(giv) + 1] AS applicant_name,
                     (h / 104729) % cardinality(pcodes) + 1 AS proc,
                     '025' || (h % 2)::text || lpad(((h / 3) % 50 + 50)::text, 2, '0') || lpad((g % 1000000)::text, 6, '0') AS applicant_id,
                     '09' || lpad((h % 100000000)::text, 8, '0') AS phone,
                     CASE WHEN open THEN
                       CASE WHEN r1 < 0.30 THEN {status.RECEIVED} WHEN r1 < 0.85 THEN {status.IN_PROGRESS}
                            ELSE {status.WAITING_SUPPLEMENT} END
                     ELSE CASE WHEN r1 < 0.96 THEN {status.RETURNED} WHEN r1 < 0.98 THEN {status.WITHDRAWN}
                            ELSE {status.STOPPED} END END AS status
                FROM p
            ), r AS (
              SELECT n.*,
                     CASE WHEN status IN ({status.RECEIVED}, {status.WAITING_SUPPLEMENT}) THEN {role.CLERK}
                          WHEN status = {status.IN_PROGRESS} THEN CASE WHEN r2 < 0.6 THEN {role.CLERK} ELSE {role.DIRECTOR} END
                     END AS step_role
                FROM n
            )
            INSERT INTO dossier (tenant_id, code, procedure_code, procedure_version, procedure_name, workflow_version,
                                 steps_json, channel, applicant_name, applicant_id, applicant_phone, applicant_json,
                                 status, current_step, received_at, due_at, received_by, province_code, deadline_unit,
                                 deadline_amount, state_json, assignee, step_role, appointment_at, ended_at, counted_late,
                                 version)
            SELECT r.tenant_id,
                   r.agency || '-' || to_char(r.received_at AT TIME ZONE {code.zone}, 'YYMMDD') || '-' || lpad(((r.i - 1) % {code.max} + 1)::text, {code.digits}, '0'),
                   r.pcodes[r.proc], 1, r.pnames[r.proc], t.workflow_version, t.steps_json,
                   CASE WHEN r.r3 < 0.80 THEN {channel.IN_PERSON} WHEN r.r3 < 0.98 THEN {channel.ONLINE} ELSE {channel.POSTAL} END,
                   r.applicant_name, r.applicant_id, r.phone,
                   replace(replace(replace(replace(t.applicant_json, t.applicant_name, r.applicant_name), t.applicant_id,
                       r.applicant_id), t.applicant_phone, r.phone), 'Tân Lạc', r.commune),
                   r.status,
                   CASE r.step_role WHEN {role.CLERK} THEN 0 WHEN {role.DIRECTOR} THEN 1 END,
                   r.received_at,
                   CASE WHEN r.open THEN greatest(r.received_at + interval '4 hours', now() + (r.r2 * 30 - 10) * interval '1 day')
                        ELSE r.received_at + interval '5 days' END,
                   'cb' || (r.h % 4 + 1) || '.' || r.ccode,
                   t.province_code, t.deadline_unit, t.deadline_amount, t.state_json,
                   CASE WHEN r.step_role = {role.DIRECTOR} THEN 'gd.' || r.ccode
                        WHEN r.step_role = {role.CLERK} AND (r.status <> {status.RECEIVED} OR r.r3 < 0.5)
                          THEN 'cb' || ((r.h / 13) % 4 + 1) || '.' || r.ccode
                   END,
                   r.step_role,
                   NULL,
                   CASE WHEN NOT r.open THEN r.received_at + r.r2 * interval '6 days' END,
                   NOT r.open AND r.r2 * 6 > 5,
                   CASE WHEN r.open THEN 2 ELSE 6 END
              FROM r CROSS JOIN (SELECT * FROM dossier WHERE id = ?) t""");

    /**
     * The generator writes codes in SQL; a sample is read back through {@link DossierCode} (format, the center's
     * agency as prefix, the reception day in Vietnam) so the bench cannot drift from the domain's format.
     */
    private void checkCodes(Statement st) throws SQLException {
        Map<Long, String> agencyOf = new LinkedHashMap<>();
        centers.forEach(x -> agencyOf.put(x.tenant().value(), x.agency()));
        int checked = 0;
        try (ResultSet rs = st.executeQuery("SELECT tenant_id, code, received_at FROM dossier WHERE id % 997 = 0 LIMIT 1000")) {
            while (rs.next()) {
                String code = rs.getString(2);
                Instant receivedAt = rs.getObject(3, OffsetDateTime.class).toInstant();
                DossierCode parsed = DossierCode.parse(code);
                if (!parsed.format().equals(code) || !parsed.prefix().equals(agencyOf.get(rs.getLong(1)))
                        || !parsed.receivedOn().equals(DossierCode.receptionDay(receivedAt))) {
                    throw new IllegalStateException("generated code " + code + " (received " + receivedAt
                            + ") is not the one DossierCode gives");
                }
                checked++;
            }
        }
        System.out.println("  codes checked against DossierCode: " + checked);
    }

    /**
     * The generator's SQL names statuses, roles and channels as {@code {status.RECEIVED}}, {@code {role.CLERK}},
     * {@code {channel.IN_PERSON}}: each becomes the quoted constant of the domain enum, so a renamed or removed
     * one fails here instead of loading rows the application cannot read.
     */
    private static String domainNames(String sql) {
        // compiled here: GENERATE, initialised before any later static field, calls this
        Matcher m = Pattern.compile("\\{(status|role|channel)\\.(\\w+)}").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Enum<?> constant = switch (m.group(1)) {
                case "status" -> DossierStatus.valueOf(m.group(2));
                case "role" -> Role.valueOf(m.group(2));
                default -> Dossier.Channel.valueOf(m.group(2));
            };
            m.appendReplacement(out, "'" + constant.name() + "'");
        }
        m.appendTail(out);
        return out.toString()
                .replace("{code.zone}", "'" + BusinessTime.ZONE.getId() + "'")
                .replace("{code.digits}", String.valueOf(String.valueOf(DossierCode.MAX_SEQUENCE).length()))
                .replace("{code.max}", String.valueOf(DossierCode.MAX_SEQUENCE));
    }

    private static Applicant applicant(Random r) {
        int year = 1950 + r.nextInt(50);
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
        String id = String.format(Locale.ROOT, "025%d%02d%06d", r.nextInt(2), year % 100, r.nextInt(1_000_000));
        String phone = String.format(Locale.ROOT, "09%08d", r.nextInt(100_000_000));
        return new Applicant.Individual(name, id, LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)), phone,
                "Xóm Đồng Bưởi, xã " + COMMUNES[r.nextInt(COMMUNES.length)]);
    }

    /** Three valid one-page PDFs the size of a scanned A4 page at low resolution (a 256x256 grey image, ~65 KB). */
    private static List<IntakeRequest.IncomingDocument> scans() throws IOException {
        String[][] papers = {{"Tờ khai đăng ký khai sinh", "to-khai.pdf"}, {"Giấy chứng sinh", "giay-chung-sinh.pdf"},
                {"Giấy chứng nhận kết hôn của cha, mẹ", "giay-ket-hon.pdf"}};
        Random noise = new Random(3);
        List<IntakeRequest.IncomingDocument> docs = new ArrayList<>();
        for (String[] paper : papers) {
            BufferedImage scan = new BufferedImage(256, 256, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < scan.getHeight(); y++) {
                for (int x = 0; x < scan.getWidth(); x++) {
                    int grey = 200 + noise.nextInt(56);
                    scan.getRaster().setSample(x, y, 0, grey);
                }
            }
            try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
                pdf.save(out);
                docs.add(new IntakeRequest.IncomingDocument(paper[0], paper[1], out.toByteArray()));
            }
        }
        return docs;
    }

    // ---------------------------------------------------------------- inbox

    /** One inbox screen: a bucket of a reader of a center, maybe with a search word. */
    private record InboxCall(Center center, Reader reader, DossierInbox.Bucket bucket, String query) {
        /** The reader's call now, as a page would build it. */
        CallContext ctx(Instant now) {
            return new CallContext(center.tenant(), new Actor(null, reader.username(), center.tenant()), reader.username(),
                    reader.role(), "", now);
        }
    }

    /** Whose inbox: the person and the role whose steps they take. */
    private record Reader(String username, Role role) {
    }

    private InboxCall inboxCall(Random r, int n) {
        Center center = centers.get(r.nextInt(centers.size()));
        boolean director = r.nextInt(5) == 0;
        Reader reader = director ? new Reader(center.director(), Role.DIRECTOR)
                : new Reader(center.clerk(1 + r.nextInt(4)), Role.CLERK);
        DossierInbox.Bucket bucket = DossierInbox.Bucket.values()[n % DossierInbox.Bucket.values().length];
        String query = r.nextInt(5) == 0 ? NAME_QUERIES[r.nextInt(NAME_QUERIES.length)].split(" ")[0] : null;
        return new InboxCall(center, reader, bucket, query);
    }

    private void inboxPages() throws SQLException {
        DossierInbox inbox = context.getBean(DossierInbox.class);
        Random r = new Random(7);
        for (int i = 0; i < WARMUP; i++) {
            InboxCall call = inboxCall(r, i);
            inbox.page(call.ctx(now()), call.bucket(), call.query(), 0, PAGE_SIZE);
        }
        r = new Random(11);
        double[] service = new double[CALLS];
        long[] serviceHits = new long[DossierInbox.Bucket.values().length];
        for (int i = 0; i < CALLS; i++) {
            InboxCall call = inboxCall(r, i);
            long s = System.nanoTime();
            Page<Dossier> page = inbox.page(call.ctx(now()), call.bucket(), call.query(), 0, PAGE_SIZE);
            service[i] = (System.nanoTime() - s) / 1e6;
            serviceHits[call.bucket().ordinal()] += page.getTotalSize();
        }

        Raw pageSql = Raw.of("SELECT dossier_.* FROM dossier dossier_ " + DossierRepository.INBOX_WHERE
                + " ORDER BY dossier_.due_at ASC LIMIT " + PAGE_SIZE);
        Raw countSql = Raw.of("SELECT count(*) FROM dossier dossier_ " + DossierRepository.INBOX_WHERE);
        double[] raw = new double[CALLS];
        long[] rawHits = new long[serviceHits.length];
        try (Connection c = appConnection()) {
            r = new Random(7);
            for (int i = 0; i < WARMUP; i++) {
                rawInbox(c, pageSql, countSql, inboxCall(r, i));
            }
            r = new Random(11);
            for (int i = 0; i < CALLS; i++) {
                InboxCall call = inboxCall(r, i);
                long s = System.nanoTime();
                long total = rawInbox(c, pageSql, countSql, call);
                raw[i] = (System.nanoTime() - s) / 1e6;
                rawHits[call.bucket().ordinal()] += total;
            }
        }
        for (DossierInbox.Bucket b : List.of(DossierInbox.Bucket.OPEN, DossierInbox.Bucket.MINE, DossierInbox.Bucket.MY_ROLE)) {
            if (serviceHits[b.ordinal()] != rawHits[b.ordinal()]) {
                throw new IllegalStateException("inbox " + b + ": service and raw SQL disagree: "
                        + serviceHits[b.ordinal()] + " vs " + rawHits[b.ordinal()]);
            }
        }
        report("dossier.inbox", service, raw);
        System.out.println("(" + CALLS + " inbox pages of " + PAGE_SIZE + " + total, buckets in turn, 1 in 5 with a search"
                + " word, random centers and readers; average totals per bucket "
                + bucketAverages(serviceHits) + ")");
    }

    private String bucketAverages(long[] hits) {
        StringBuilder b = new StringBuilder();
        int per = CALLS / hits.length;
        for (DossierInbox.Bucket bucket : DossierInbox.Bucket.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(bucket.name()).append(' ').append(hits[bucket.ordinal()] / per);
        }
        return b.toString();
    }

    private long rawInbox(Connection c, Raw pageSql, Raw countSql, InboxCall call) throws SQLException {
        Instant now = now();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenantId", call.center().tenant().value());
        params.put("dueFrom", call.bucket() == DossierInbox.Bucket.DUE_SOON ? now : null);
        params.put("dueBefore", switch (call.bucket()) {
            case OPEN, MINE, MY_ROLE -> null;
            case DUE_SOON -> now.plus(Duration.ofHours(24));
            case OVERDUE -> now;
        });
        params.put("assignee", call.bucket() == DossierInbox.Bucket.MINE ? call.reader().username() : null);
        params.put("stepRole", call.bucket() == DossierInbox.Bucket.MY_ROLE ? call.reader().role().name() : null);
        params.put("patterns", SearchKey.likeAll(call.query()));
        return inTenant(c, call.center().tenant(), () -> pageAndCount(c, pageSql, countSql, params));
    }

    private void inboxCounts() throws SQLException {
        DossierInbox inbox = context.getBean(DossierInbox.class);
        Random r = new Random(13);
        for (int i = 0; i < WARMUP / 4; i++) {
            InboxCall call = inboxCall(r, i);
            inbox.counts(call.ctx(now()));
        }
        r = new Random(17);
        double[] service = new double[COUNT_CALLS];
        long open = 0;
        for (int i = 0; i < COUNT_CALLS; i++) {
            InboxCall call = inboxCall(r, i);
            long s = System.nanoTime();
            open += inbox.counts(call.ctx(now())).open();
            service[i] = (System.nanoTime() - s) / 1e6;
        }
        // as the service: each count is a page of one (no order) and its total
        Raw firstSql = Raw.of("SELECT dossier_.* FROM dossier dossier_ " + DossierRepository.INBOX_WHERE + " LIMIT 1");
        Raw countSql = Raw.of("SELECT count(*) FROM dossier dossier_ " + DossierRepository.INBOX_WHERE);
        double[] raw = new double[COUNT_CALLS];
        try (Connection c = appConnection()) {
            r = new Random(13);
            for (int i = 0; i < WARMUP / 4; i++) {
                rawCounts(c, firstSql, countSql, inboxCall(r, i));
            }
            r = new Random(17);
            for (int i = 0; i < COUNT_CALLS; i++) {
                InboxCall call = inboxCall(r, i);
                long s = System.nanoTime();
                rawCounts(c, firstSql, countSql, call);
                raw[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        report("dossier.inbox.counts", service, raw);
        System.out.println("(" + COUNT_CALLS + " times the five bucket counts of a reader, " + open / COUNT_CALLS
                + " open dossiers per center on average)");
    }

    private long rawCounts(Connection c, Raw firstSql, Raw countSql, InboxCall call) throws SQLException {
        Instant now = now();
        return inTenant(c, call.center().tenant(), () -> {
            long sum = 0;
            for (DossierInbox.Bucket b : DossierInbox.Bucket.values()) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("tenantId", call.center().tenant().value());
                params.put("dueFrom", b == DossierInbox.Bucket.DUE_SOON ? now : null);
                params.put("dueBefore", switch (b) {
                    case OPEN, MINE, MY_ROLE -> null;
                    case DUE_SOON -> now.plus(Duration.ofHours(24));
                    case OVERDUE -> now;
                });
                params.put("assignee", b == DossierInbox.Bucket.MINE ? call.reader().username() : null);
                params.put("stepRole", b == DossierInbox.Bucket.MY_ROLE ? call.reader().role().name() : null);
                params.put("patterns", "%");
                sum += pageAndCount(c, firstSql, countSql, params);
            }
            return sum;
        });
    }

    // ---------------------------------------------------------------- search

    /** Tra cứu hồ sơ: a center, maybe a status, and what the clerk typed. */
    private record SearchCall(Center center, DossierStatus status, String query) {
    }

    /** Codes of existing dossiers with their center, for searches by code or part of it. */
    private record Known(Center center, String code) {
    }

    private List<Known> knownCodes() throws SQLException {
        Map<Long, Center> byTenant = new LinkedHashMap<>();
        centers.forEach(x -> byTenant.put(x.tenant().value(), x));
        List<Known> known = new ArrayList<>();
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tenant_id, code FROM dossier TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT 300")) {
            while (rs.next()) {
                known.add(new Known(byTenant.get(rs.getLong(1)), rs.getString(2)));
            }
        }
        return known;
    }

    private SearchCall searchCall(Random r, List<Known> known) {
        int kind = r.nextInt(10);
        DossierStatus status = r.nextInt(5) == 0 ? (r.nextBoolean() ? DossierStatus.RETURNED : DossierStatus.IN_PROGRESS) : null;
        if (kind < 6 || known.isEmpty()) {
            return new SearchCall(centers.get(r.nextInt(centers.size())), status, NAME_QUERIES[r.nextInt(NAME_QUERIES.length)]);
        }
        Known k = known.get(r.nextInt(known.size()));
        String code = k.code();
        String query = switch (kind) {
            case 6, 7 -> code; // the whole code, read off a receipt
            case 8 -> code.substring(code.indexOf('-') + 1); // date and number: 251124-0012
            default -> code.substring(code.lastIndexOf('-') + 1); // the number only
        };
        return new SearchCall(k.center(), null, query);
    }

    /** Names typed with one letter wrong or missing: found by the typo fallback (nearest known words), most similar first. */
    private static final String[] TYPO_QUERIES = {"nguyne van hung", "tran thi lna", "nguyen vn an", "pham thu trnag",
            "le mihn", "hoang duc ahn", "bui thnah tam", "vu quagn"};

    private void search() throws SQLException {
        DossierInbox inbox = context.getBean(DossierInbox.class);
        List<Known> known = knownCodes();
        Random r = new Random(19);
        for (int i = 0; i < WARMUP; i++) {
            SearchCall call = searchCall(r, known);
            inbox.search(call.center().reader(now()), call.status(), call.query(), 0, PAGE_SIZE, null);
        }
        r = new Random(23);
        double[] service = new double[CALLS];
        long hits = 0;
        int capped = 0;
        for (int i = 0; i < CALLS; i++) {
            SearchCall call = searchCall(r, known);
            long s = System.nanoTime();
            long total = inbox.search(call.center().reader(now()), call.status(), call.query(), 0, PAGE_SIZE, null).getTotalSize();
            service[i] = (System.nanoTime() - s) / 1e6;
            hits += total;
            capped += DossierInbox.isCapped(total) ? 1 : 0;
        }
        double[] raw = new double[CALLS];
        long rawHits = 0;
        try (Connection c = appConnection()) {
            r = new Random(19);
            for (int i = 0; i < WARMUP; i++) {
                rawSearch(c, searchCall(r, known));
            }
            r = new Random(23);
            for (int i = 0; i < CALLS; i++) {
                SearchCall call = searchCall(r, known);
                long s = System.nanoTime();
                rawHits += rawSearch(c, call);
                raw[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        if (hits != rawHits) {
            throw new IllegalStateException("search: service and raw SQL disagree: " + hits + " vs " + rawHits);
        }
        report("dossier.search", service, raw);
        System.out.println("(" + CALLS + " searches, page of " + PAGE_SIZE + " newest first + total counted up to "
                + DossierInbox.SEARCH_COUNT_LIMIT + ": 60% applicant names without diacritics (some with procedure"
                + " words), 40% whole or partial codes; 1 in 5 name searches with a status; "
                + String.format(Locale.ROOT, "%.1f", hits / (double) CALLS) + " hits on average, " + capped
                + " with more than " + DossierInbox.SEARCH_COUNT_LIMIT + ")");
        double target = dossierCount <= 1_000_000 ? 15 : 30;
        double p95 = Figures.pct(service, 95);
        System.out.println(String.format(Locale.ROOT,
                "search p50/p95 at %,d dossiers: %s / %s ms (raw SQL %s / %s ms; ratio %s) target < %.0f ms: %s",
                dossierCount, Figures.f(Figures.pct(service, 50)), Figures.f(p95), Figures.f(Figures.pct(raw, 50)),
                Figures.f(Figures.pct(raw, 95)), Figures.f(p95 / Figures.pct(raw, 95)), target,
                p95 < target ? "PASS" : "FAIL"));
        typos(inbox);
        explain(known);
    }

    /** The typo fallback on its own: each typed name with a letter wrong, in random centers. */
    private void typos(DossierInbox inbox) {
        Random r = new Random(29);
        int calls = 200;
        double[] times = new double[calls];
        long found = 0;
        for (int i = 0; i < calls + 50; i++) {
            Center center = centers.get(r.nextInt(centers.size()));
            String query = TYPO_QUERIES[r.nextInt(TYPO_QUERIES.length)];
            long s = System.nanoTime();
            long total = inbox.search(center.reader(now()), null, query, 0, PAGE_SIZE, null).getTotalSize();
            if (i >= 50) {
                times[i - 50] = (System.nanoTime() - s) / 1e6;
                found += total > 0 ? 1 : 0;
            }
        }
        Arrays.sort(times);
        System.out.println("dossier.search.typo.service.p50/p95: " + Figures.f(Figures.pct(times, 50)) + " / "
                + Figures.f(Figures.pct(times, 95)) + " ms (" + calls + " names with one letter wrong or missing: "
                + found + " found something)");
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the search's statements for a few typical queries, as the application role. */
    private void explain(List<Known> known) throws SQLException {
        if (known.isEmpty()) {
            return;
        }
        Known k = known.get(0);
        String code = k.code();
        String[][] samples = {{"a common name word", "nguyen"}, {"a full name", "nguyen van hung"},
                {"a whole code", code}, {"the date and number of a code", code.substring(code.indexOf('-') + 1)},
                {"the number of a code", code.substring(code.lastIndexOf('-') + 1)},
                {"a typo", "nguyne van hung"}};
        try (Connection c = appConnection()) {
            for (String[] sample : samples) {
                SearchCall call = new SearchCall(k.center(), null, sample[1]);
                System.out.println("explain: " + sample[0] + " «" + sample[1] + "»");
                inTenant(c, call.center().tenant(), () -> rawSearch(c, call, true));
            }
        }
    }

    /** The centers' vocabulary of their generated dossiers, learnt at once (the trigger is off during a load). */
    static final String LEARN_VOCABULARY = """
            INSERT INTO dossier_search_word (tenant_id, word)
            SELECT DISTINCT d.tenant_id, w FROM dossier d, motcua_dossier_vocabulary(d.search_key, d.applicant_phone) w
            ON CONFLICT DO NOTHING""";
    private static final Raw COUNT_SEARCH = Raw.of(DossierRepository.COUNT_SEARCH);
    private static final Raw PAGE_SEARCH = Raw.of(DossierRepository.SEARCH + " ORDER BY dossier_.received_at DESC LIMIT " + PAGE_SIZE);
    private static final Raw KNOWN_WORDS = Raw.of(DossierRepository.KNOWN_WORDS);
    private static final Raw NEAR_WORDS = Raw.of(DossierRepository.NEAR_WORDS);
    private static final Raw WORDS_OF_LENGTH = Raw.of(DossierRepository.WORDS_OF_LENGTH);
    private static final Raw BY_CODE = Raw.of(DossierRepository.BY_CODE);
    private static final Raw SIMILAR = Raw.of(DossierRepository.SIMILAR + " LIMIT " + PAGE_SIZE);

    private long rawSearch(Connection c, SearchCall call) throws SQLException {
        return inTenant(c, call.center().tenant(), () -> rawSearch(c, call, false));
    }

    /**
     * {@link DossierInbox#search} by hand: the total counted up to the limit; the page from the word index, or read
     * in order when the words are common; the typo fallback when nothing matches. With {@code explain}, also prints
     * the plan of each statement.
     */
    private long rawSearch(Connection c, SearchCall call, boolean explain) throws SQLException {
        TenantId tenant = call.center().tenant();
        List<String> words = SearchKey.indexWords(call.query());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenantId", tenant.value());
        params.put("status", call.status() == null ? null : call.status().name());
        params.put("cap", DossierInbox.SEARCH_COUNT_LIMIT + 1);
        if (DossierCode.tryParse(call.query()).isPresent()) {
            params.put("code", DossierCode.parse(call.query()).format());
            long found = 0;
            if (explain) {
                printPlan(c, BY_CODE, params);
            }
            try (PreparedStatement ps = BY_CODE.prepare(c, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found += call.status() == null || call.status().name().equals(rs.getString("status")) ? 1 : 0;
                }
            }
            if (found > 0) {
                return found;
            }
        }
        Optional<String> exact = tsquery(c, tenant, words.stream().map(List::of).toList(), explain);
        params.put("words", exact.orElse(null));
        params.put("patterns", DossierInbox.patterns(words));
        long total = exact.isEmpty() ? 0 : scalar(c, COUNT_SEARCH, params, explain);
        if (total > 0) {
            if (total > DossierInbox.SEARCH_COUNT_LIMIT) {
                try (Statement st = c.createStatement()) {
                    st.execute(DossierRepository.READ_IN_ORDER);
                }
            }
            readPage(c, PAGE_SEARCH, params, explain);
            return total;
        }
        List<List<String>> widened = new ArrayList<>();
        boolean any = false;
        for (String word : words) {
            List<String> alternatives = List.of(word);
            if (DossierInbox.widenable(word)) {
                Map<String, Object> near = new LinkedHashMap<>();
                near.put("tenantId", tenant.value());
                near.put("word", word);
                near.put("threshold", DossierInbox.NEAR);
                near.put("shortest", word.length() - 1);
                near.put("longest", word.length() + 1);
                alternatives = DossierInbox.alternatives(word, strings(c, NEAR_WORDS, near), strings(c, WORDS_OF_LENGTH, near));
                any |= alternatives.size() > 1;
            }
            widened.add(alternatives);
        }
        if (!any) {
            return 0;
        }
        Optional<String> fuzzy = tsquery(c, tenant, widened, explain);
        params.put("words", fuzzy.orElse(null));
        params.put("patterns", null);
        long hits = fuzzy.isEmpty() ? 0 : scalar(c, COUNT_SEARCH, params, explain);
        if (hits > 0) {
            params.put("text", SearchKey.of(call.query()));
            readPage(c, SIMILAR, params, explain);
        }
        return hits;
    }

    /** {@link DossierInbox#tsquery} with the center's known words read by hand, as the service reads them. */
    private static Optional<String> tsquery(Connection c, TenantId tenant, List<List<String>> groups, boolean explain)
            throws SQLException {
        String prefixes = DossierInbox.knownPrefixes(groups);
        if (prefixes.isEmpty()) {
            return DossierInbox.tsquery(tenant, groups, List.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenantId", tenant.value());
        params.put("prefixes", prefixes);
        if (explain) {
            printPlan(c, KNOWN_WORDS, params);
        }
        return DossierInbox.tsquery(tenant, groups, strings(c, KNOWN_WORDS, params));
    }

    private static List<String> strings(Connection c, Raw sql, Map<String, Object> params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long scalar(Connection c, Raw sql, Map<String, Object> params, boolean explain) throws SQLException {
        if (explain) {
            printPlan(c, sql, params);
        }
        try (PreparedStatement ps = sql.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void readPage(Connection c, Raw sql, Map<String, Object> params, boolean explain) throws SQLException {
        if (explain) {
            printPlan(c, sql, params);
        }
        try (PreparedStatement ps = sql.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong("id");
                rs.getString("code");
                rs.getString("applicant_name");
                rs.getString("procedure_name");
                rs.getString("state_json");
                rs.getObject("due_at", OffsetDateTime.class);
            }
        }
    }

    private static void printPlan(Connection c, Raw sql, Map<String, Object> params) throws SQLException {
        Raw plan = new Raw("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql(), sql.names());
        try (PreparedStatement ps = plan.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                System.out.println("  | " + rs.getString(1));
            }
        }
    }

    // ---------------------------------------------------------------- intake

    private void intakeRate(IntakeService intake, SlipRenderer slips, List<IntakeRequest.IncomingDocument> scans,
                            int count) {
        Random r = new Random(29);
        for (int i = 0; i < INTAKE_WARMUP; i++) {
            intakeWithReceipt(intake, slips, centers.get(r.nextInt(centers.size())), applicant(r), scans);
        }
        long documents = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Intake received = intakeWithReceipt(intake, slips, centers.get(r.nextInt(centers.size())), applicant(r), scans);
            documents += received.documents().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (documents != 3L * count) {
            throw new IllegalStateException("an intake did not keep its 3 documents");
        }
        System.out.println("dossier.intake.rate: " + String.format(Locale.ROOT, "%.1f", count / seconds)
                + " dossiers/s (dossier + 3 documents + receipt PDF, " + count + " intakes, one at a time, "
                + String.format(Locale.ROOT, "%.1f", seconds * 1000 / count) + " ms each; scans "
                + scans.stream().mapToInt(d -> d.content().length).sum() / 3 / 1024 + " KB each into the embedded S3)");
    }

    private Intake intakeWithReceipt(IntakeService intake, SlipRenderer slips, Center center, Applicant applicant,
                                     List<IntakeRequest.IncomingDocument> scans) {
        Applicant.Individual person = (Applicant.Individual) applicant;
        Actor clerk = new Actor(1L, center.clerk(1), center.tenant());
        Intake received = intake.receive(new CallContext(center.tenant(), clerk, clerk.username(), Role.CLERK, center.name(),
                now()), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), PROVINCE, center.agency(), Dossier.Channel.IN_PERSON, applicant, scans));
        ReceiptSlip slip = new ReceiptSlip(
                new SlipHeader("ỦY BAN NHÂN DÂN " + center.name().toUpperCase(Locale.forLanguageTag("vi")),
                        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", center.name(), "0210 3846 000"),
                received.code(), new vn.motcua.core.slip.Applicant(person.fullName(), person.address(), person.phone(), null),
                "Đăng ký khai sinh", "1.001193", received.documents().stream().map(d -> new DocumentLine(d.name(), 1, 0)).toList(),
                String.valueOf(LegalDeadline.workingDays(3)),
                LocalDateTime.ofInstant(received.dossier().receivedAt(), BusinessTime.ZONE),
                LocalDateTime.ofInstant(received.dueAt(), BusinessTime.ZONE),
                "Trực tiếp tại Trung tâm Phục vụ hành chính công " + center.name(), List.of(), "Nguyễn Văn Bình",
                received.dossier().lookupSecret());
        byte[] pdf = slips.receipt(slip, "https://dichvucong.phutho.gov.vn");
        if (pdf.length < 1000) {
            throw new IllegalStateException("receipt too small: " + pdf.length + " bytes");
        }
        return received;
    }

    // ---------------------------------------------------------------- raw SQL

    /** A repository query with its named parameters turned into JDBC ones. */
    private record Raw(String sql, List<String> names) {
        private static final Pattern NAMED = Pattern.compile(":(\\w+)");

        static Raw of(String named) {
            // the open statuses written out, as one would by hand
            named = named.replace("(:statuses)", DossierStatus.open().stream().map(st -> "'" + st.name() + "'")
                    .collect(java.util.stream.Collectors.joining(", ", "(", ")")));
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Raw(sql.toString(), names);
        }

        PreparedStatement prepare(Connection c, Map<String, Object> params) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < names.size(); i++) {
                if (!params.containsKey(names.get(i))) {
                    throw new IllegalArgumentException("no value for :" + names.get(i));
                }
                Object v = params.get(names.get(i));
                if (v instanceof Instant instant) {
                    ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else if (v instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else if (v instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (v instanceof Double d) {
                    ps.setDouble(i + 1, d);
                } else if (v == null && names.get(i).startsWith("due")) {
                    ps.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
                } else if (v == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setString(i + 1, (String) v);
                }
            }
            return ps;
        }
    }

    /** One connection as the application role, with the statements the pool's driver would cache. */
    private Connection appConnection() throws SQLException {
        Connection c = DriverManager.getConnection(settings.url(), settings.appRole(), settings.appPassword());
        c.setAutoCommit(false);
        c.setReadOnly(true);
        return c;
    }

    private interface SqlWork {
        long run() throws SQLException;
    }

    /** As {@code TenantAwareDataSource} and {@code TenantTransactions}: the tenant set for a read-only transaction. */
    private static long inTenant(Connection c, TenantId tenant, SqlWork work) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        try {
            long result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static long pageAndCount(Connection c, Raw pageSql, Raw countSql, Map<String, Object> params) throws SQLException {
        try (PreparedStatement ps = pageSql.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong("id");
                rs.getString("code");
                rs.getString("applicant_name");
                rs.getString("procedure_name");
                rs.getString("state_json");
                rs.getObject("due_at", OffsetDateTime.class);
            }
        }
        try (PreparedStatement ps = countSql.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---------------------------------------------------------------- figures
}
