package vn.motcua.ops.bench;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.tenants.merge.MergeCounts;
import vn.motcua.tenants.merge.MergeJobs;
import vn.motcua.tenants.merge.MergeRequest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Merge benchmark (issue 12): three commune centers holding 300,000 dossiers in total, each with three control-sheet
 * lines and one scanned paper (rows pointing at real objects in the embedded S3, several rows per object as reused
 * papers do), plus staff, comments and fees, merged into one of them by {@link MergeJobs#run} — the job the page runs.
 * Nine other centers' clerks read their inboxes the whole time; their p95 is printed beside the same reads measured
 * before the merge.
 *
 * <pre>ops/bench/run.sh MergeBench [dossiers (300000)] [objects (300)]</pre>
 */
public final class MergeBench {
    private static final int MERGED = 3;
    private static final int OTHERS = 9;
    private static final int OTHER_DOSSIERS = 20_000;
    private static final String PROVINCE = "56";
    private static final double TARGET_SECONDS = 60;

    private MergeBench() {
    }

    private record Center(TenantId tenant, String code, String name, String agency) {
        CallContext clerk(java.time.Instant now) {
            String user = "cb1." + code.toLowerCase(Locale.ROOT);
            return new CallContext(tenant, new Actor(null, user, tenant), user, Role.CLERK, name, now);
        }
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (BenchApp app = BenchApp.start(4)) {
            new MergeBench().run(app.context, dossiers, objects);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void run(ApplicationContext context, int dossiers, int objects) throws Exception {
        BusinessTime time = context.getBean(BusinessTime.class);
        ProvincialScope province = context.getBean(ProvincialScope.class);
        DataSource dataSource = context.getBean(DataSource.class);
        List<Center> centers = new ArrayList<>();
        TenantId[] provincial = new TenantId[1];
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO service_center (code, name, type, province_code, "
                         + "province_name, agency_code) VALUES (?, ?, ?, ?, 'Phú Thọ', ?) RETURNING tenant_id")) {
                for (int k = 0; k <= MERGED + OTHERS; k++) {
                    String code = k == 0 ? "TINH" : String.format(Locale.ROOT, "MX-%02d", k);
                    String name = k == 0 ? "Trung tâm tỉnh" : "Xã Thử " + k;
                    String agency = String.format(Locale.ROOT, "000.%02d.%02d.H56", k / 100, k % 100 + 30);
                    ps.setString(1, code);
                    ps.setString(2, name.replace("Xã ", ""));
                    ps.setString(3, k == 0 ? "TINH" : "XA");
                    ps.setString(4, PROVINCE);
                    ps.setString(5, agency);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (k == 0) {
                            provincial[0] = TenantId.of(rs.getLong(1));
                        } else {
                            centers.add(new Center(TenantId.of(rs.getLong(1)), code, name, agency));
                        }
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Center> merged = centers.subList(0, MERGED);
        List<Center> others = centers.subList(MERGED, centers.size());

        // one real intake per center: the generated rows copy its workflow, life-cycle state and applicant JSON
        IntakeService intake = context.getBean(IntakeService.class);
        long template = 0;
        for (Center c : centers) {
            Dossier d = intake.receive(c.clerk(time.now()), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                    LegalDeadline.workingDays(3), PROVINCE, c.agency(), Dossier.Channel.IN_PERSON,
                    new Applicant.Individual("Nguyễn Văn An", "025190000555", LocalDate.of(1990, 1, 2), "0912000555", "Xóm Trại"),
                    List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))).dossier();
            template = template == 0 ? d.id() : template;
        }
        // the stored objects the generated papers point at, under each merged center's own key prefix
        DocumentStore documents = context.getBean(DocumentStore.class);
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(20_000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = null;
        long t0 = System.nanoTime();
        for (Center c : merged) {
            for (int i = 0; i < objects / MERGED; i++) {
                sha = documents.put(c.tenant().value() + "/dossiers/bench/" + i + ".pdf", pdf, "application/pdf").sha256();
            }
        }
        System.out.println("merge.objects.stored: " + objects + " objects of " + pdf.length / 1024 + " KB in " + Figures.ms(t0) + " ms");

        t0 = System.nanoTime();
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection(); Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("ALTER TABLE dossier DISABLE TRIGGER dossier_learn_words");
            // a bulk load: the secondary indexes of the big tables are dropped and made again from their definitions
            Map<String, String> indexes = new java.util.LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                     WHERE i.schemaname = 'public' AND i.tablename IN ('dossier', 'dossier_event', 'dossier_document')
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)""")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String name : indexes.keySet()) {
                st.execute("DROP INDEX " + name);
            }
            int perMerged = dossiers / MERGED;
            for (Center center : centers) {
                int n = merged.contains(center) ? perMerged : OTHER_DOSSIERS;
                generate(c, center, n, template);
                if (merged.contains(center)) {
                    children(c, center, objects / MERGED, sha);
                }
            }
            for (String definition : indexes.values()) {
                st.execute(definition);
            }
            st.execute(DossierBench.LEARN_VOCABULARY);
            st.execute("ALTER TABLE dossier ENABLE TRIGGER dossier_learn_words");
            st.execute("VACUUM (ANALYZE)");
        }
        System.out.println("merge.generate: " + Figures.ms(t0) + " ms");

        DossierInbox inbox = context.getBean(DossierInbox.class);
        double[] before = inboxReads(inbox, others, time, 300, null);

        CallContext admin = CallContext.system(provincial[0], "quantri.bench", time.now());
        List<Long> ids = merged.stream().map(c -> c.tenant().value()).toList();
        MergeJobs merges = context.getBean(MergeJobs.class);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Double> during = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread readers = new Thread(() -> {
            double[] got = inboxReads(inbox, others, time, Integer.MAX_VALUE, running);
            for (double v : got) {
                during.add(v);
            }
        }, "inbox-readers");
        readers.start();
        long start = System.nanoTime();
        long[] phaseAt = new long[1];
        phaseAt[0] = start;
        MergeJobs.Job job = merges.run(admin, new MergeRequest(ids.get(0), ids, time.today(), Map.of(), Map.of()), phase -> {
            System.out.println("  phase " + phase + " (" + phase.label() + "): +" + Figures.ms(phaseAt[0]) + " ms");
            phaseAt[0] = System.nanoTime();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        readers.join();

        MergeCounts counts = job.counts();
        long moved = counts.lines().stream().filter(l -> !l.table().startsWith("s3:"))
                .mapToLong(l -> Math.max(0, l.sourcesBefore() - l.sourcesAfter())).sum();
        System.out.println();
        System.out.print(counts.printed());
        System.out.println();
        System.out.println("merge.phase: " + job.phase());
        System.out.println("merge.dossiers: " + counts.lines().stream().filter(l -> l.table().equals("dossier")).findFirst()
                .map(MergeCounts.Line::sourcesBefore).orElse(0L) + " dossiers of the sources (3 centers), "
                + (dossiers / MERGED) + " generated per center plus one received");
        System.out.println("merge.rows.moved: " + moved + " rows");
        System.out.println("merge.time: " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        System.out.println("merge.rate: " + String.format(Locale.ROOT, "%.0f", moved / seconds) + " rows/s");
        double[] d = during.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("merge.inbox.before.p50/p95: " + Figures.f(Figures.pct(before, 50)) + " / " + Figures.f(Figures.pct(before, 95))
                + " ms (" + before.length + " reads of 9 other centers' inboxes)");
        System.out.println("merge.inbox.during.p50/p95: " + (d.length == 0 ? "— / —" : Figures.f(Figures.pct(d, 50)) + " / "
                + Figures.f(Figures.pct(d, 95))) + " ms (" + d.length + " reads while the merge ran)");
        boolean pass = "DONE".equals(job.phase()) && counts.ok() && seconds < TARGET_SECONDS;
        System.out.println("merge.result: " + (pass ? "PASS" : "FAIL") + " (target < " + (int) TARGET_SECONDS + " s, counts "
                + (counts.ok() ? "match" : "DIFFER") + ")");
    }

    /** {@code n} dossiers of {@code center} copied from the template, 10% of them open, codes in the center's own shape. */
    private static void generate(Connection c, Center center, int n, long template) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier (tenant_id, code, procedure_code, procedure_version, procedure_name, workflow_version,
                                     steps_json, channel, applicant_name, applicant_id, applicant_phone, applicant_json,
                                     status, current_step, received_at, due_at, received_by, province_code, deadline_unit,
                                     deadline_amount, state_json, step_role, ended_at, version)
                SELECT ?, ? || '-' || to_char(now() - g * interval '20 minutes', 'YYMMDD') || '-B' || lpad(g::text, 6, '0'),
                       t.procedure_code, t.procedure_version, t.procedure_name, t.workflow_version, t.steps_json, t.channel,
                       (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng'])[g % 5 + 1] || ' Văn ' || (ARRAY['An','Bình','Cường','Dũng','Hà','Lan'])[g % 6 + 1],
                       t.applicant_id, t.applicant_phone, t.applicant_json,
                       CASE WHEN g % 10 = 0 THEN 'RECEIVED' WHEN g % 10 = 1 THEN 'WAITING_SUPPLEMENT' ELSE 'RETURNED' END,
                       CASE WHEN g % 10 IN (0, 1) THEN 0 END,
                       now() - g * interval '20 minutes', now() - g * interval '20 minutes' + interval '3 days',
                       t.received_by, t.province_code, t.deadline_unit, t.deadline_amount, t.state_json,
                       CASE WHEN g % 10 IN (0, 1) THEN t.step_role END,
                       CASE WHEN g % 10 > 1 THEN now() - g * interval '20 minutes' + interval '2 days' END, 1
                  FROM generate_series(1, ?) g CROSS JOIN (SELECT * FROM dossier WHERE id = ?) t""")) {
            ps.setLong(1, center.tenant().value());
            ps.setString(2, center.agency());
            ps.setInt(3, n);
            ps.setLong(4, template);
            ps.executeUpdate();
        }
    }

    /** Three control-sheet lines and one paper per dossier, a comment and a fee on some, the center's staff. */
    private static void children(Connection c, Center center, int objects, String sha) throws SQLException {
        long t = center.tenant().value();
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO dossier_event (tenant_id, dossier_id, number, action, from_status, to_status, from_step, to_step, actor, at) "
                    + "SELECT d.tenant_id, d.id, n.k + 1, (ARRAY['HAND_OVER','RESOLVE','RETURN_RESULT'])[n.k], 'IN_PROGRESS', 'IN_PROGRESS', 0, 0, "
                    + "'cb1.bench', d.received_at + n.k * interval '1 hour' FROM dossier d, generate_series(1, 3) n(k) "
                    + "WHERE d.tenant_id = " + t + " AND d.code LIKE '%-B%'");
            st.execute("INSERT INTO dossier_event (tenant_id, dossier_id, number, action, to_status, actor, at) "
                    + "SELECT tenant_id, id, 1, 'RECEIVE', 'RECEIVED', 'cb1.bench', received_at FROM dossier WHERE tenant_id = " + t
                    + " AND code LIKE '%-B%'");
            st.execute("INSERT INTO dossier_document (tenant_id, dossier_id, name, file_name, object_key, size_bytes, sha256, content_type) "
                    + "SELECT tenant_id, id, 'Tờ khai', 'to-khai.pdf', tenant_id || '/dossiers/bench/' || (id % " + objects + ") || '.pdf', "
                    + "20016, '" + sha + "', 'application/pdf' FROM dossier WHERE tenant_id = " + t + " AND code LIKE '%-B%'");
            st.execute("INSERT INTO dossier_comment (tenant_id, dossier_id, author, body) SELECT tenant_id, id, 'cb1.bench', "
                    + "'Đã kiểm tra thành phần hồ sơ' FROM dossier WHERE tenant_id = " + t + " AND id % 20 = 0");
            st.execute("INSERT INTO dossier_fee (tenant_id, dossier_id, amount_vnd, method, receipt_number, recorded_by) "
                    + "SELECT tenant_id, id, 20000, 'CASH', 'BL-' || id, 'cb1.bench' FROM dossier WHERE tenant_id = " + t + " AND id % 20 = 1");
            for (String who : Arrays.asList("gd", "cb1", "cb2", "cb3")) {
                String user = who + "." + center.code().toLowerCase(Locale.ROOT);
                st.execute("INSERT INTO app_user (tenant_id, username, password_hash, role) VALUES (" + t + ", '" + user + "', 'x', '"
                        + (who.equals("gd") ? "DIRECTOR" : "CLERK") + "')");
                st.execute("INSERT INTO staff_member (tenant_id, user_id, full_name) SELECT tenant_id, id, 'Cán bộ " + user
                        + "' FROM app_user WHERE username = '" + user + "'");
            }
        }
    }

    /** Inbox pages (the open tab, first 50) of the other centers, one after another; milliseconds each. */
    private static double[] inboxReads(DossierInbox inbox, List<Center> others, BusinessTime time, int count, AtomicBoolean until) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count && (until == null || until.get()); i++) {
            Center c = others.get(i % others.size());
            long s = System.nanoTime();
            inbox.page(c.clerk(time.now()), DossierInbox.Bucket.OPEN, "", 0, 50);
            out.add((System.nanoTime() - s) / 1e6);
            if (until != null) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
