package vn.motcua.ui.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.ApplicantJson;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.StoredObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.workflow.WorkflowRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of history for the demo province, so the indicator pages have something to show on the first start: about
 * {@value #PER_CENTER} dossiers per commune (three times as many in the first) received on working days between 6 and
 * 365 days ago, of the common procedures, with their control-sheet lines, papers (some reused), results, fees,
 * ratings, apologies, withdrawals and stops, then the tallies rebuilt from them. A generator, not the real services
 * (a year through intake would take minutes): the rows are flagged — received by {@value #FLAG}, numbered from 5001 in
 * their day — and each center's papers point at one small PDF stored for it. Each center gets a quality of its own
 * (late share, online and cashless shares, reuse, satisfaction), so the ranking spreads.
 */
@Singleton
class DemoHistory {
    static final String FLAG = "demo.lich-su";
    static final int PER_CENTER = 80;
    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    private static final byte[] PAPER = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String[] PROCEDURES = {"1.001193", "1.000656", "1.000894", "1.004873", "2.000815", "2.000884",
            "2.001035", "1.004222"};
    private static final String[] NAMES = {"Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thu Trang",
            "Hoàng Đức Anh", "Vũ Thị Hạnh", "Đặng Quốc Bảo", "Bùi Thị Mai", "Đỗ Văn Nam", "Ngô Thị Hà", "Dương Văn Sơn",
            "Lý Thị Thảo"};

    private final ProvincialScope province;
    private final JdbcOperations jdbc;
    private final DocumentStore store;
    private final IndicatorTallies tallies;
    private final ApplicantJson applicants;
    private final ObjectMapper json;
    private final BusinessTime time;

    DemoHistory(ProvincialScope province, JdbcOperations jdbc, DocumentStore store, IndicatorTallies tallies,
                ApplicantJson applicants, ObjectMapper json, BusinessTime time) {
        this.province = province;
        this.jdbc = jdbc;
        this.store = store;
        this.tallies = tallies;
        this.applicants = applicants;
        this.json = json;
        this.time = time;
    }

    void load() {
        long start = System.nanoTime();
        List<long[]> centers = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        province.unaudited(() -> jdbc.prepareStatement("""
                SELECT tenant_id, coalesce(agency_code, 'TAM.' || lpad(tenant_id::text, 6, '0')) FROM service_center
                WHERE type <> 'TINH' ORDER BY code""", ps -> {
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    centers.add(new long[] {rs.getLong(1)});
                    agencies.add(rs.getString(2));
                }
            }
            return null;
        }));
        if (centers.isEmpty()) {
            return;
        }
        int n = centers.size();
        Long[] tenants = new Long[n];
        Double[] quality = new Double[n];
        Integer[] counts = new Integer[n];
        String[] keys = new String[n];
        String sha = null;
        for (int i = 0; i < n; i++) {
            tenants[i] = centers.get(i)[0];
            // a quality of its own, the same at every start: spreads the ranking
            quality[i] = ((tenants[i] * 2654435761L) % 1000 + 1000) % 1000 / 1000.0;
            counts[i] = i == 0 ? PER_CENTER * 3 : PER_CENTER;
            StoredObject paper = store.put(tenants[i] + "/dossiers/demo/lich-su.pdf", PAPER, "application/pdf");
            keys[i] = paper.key();
            sha = paper.sha256();
        }
        String steps = write(WorkflowRules.standard(LegalDeadline.workingDays(3)));
        String applicant = applicants.write(new Applicant.Individual("@TEN@", "025190009999", LocalDate.of(1990, 1, 1),
                "0912009999", "Thôn Đông, " + "xã"));
        String paperSha = sha;
        long generated = System.nanoTime();
        int rows = province.unaudited(() -> jdbc.prepareStatement(GENERATE, ps -> {
            int p = 1;
            ps.setArray(p++, ps.getConnection().createArrayOf("bigint", tenants));
            ps.setArray(p++, ps.getConnection().createArrayOf("text", agencies.toArray(String[]::new)));
            ps.setArray(p++, ps.getConnection().createArrayOf("float8", quality));
            ps.setArray(p++, ps.getConnection().createArrayOf("int4", counts));
            ps.setDate(p++, Date.valueOf(time.today()));
            ps.setString(p++, BusinessTime.ZONE.getId());
            ps.setString(p++, steps);
            ps.setString(p++, applicant);
            ps.setString(p++, FLAG);
            ps.setArray(p++, ps.getConnection().createArrayOf("text", PROCEDURES));
            ps.setArray(p++, ps.getConnection().createArrayOf("text", NAMES));
            return ps.executeUpdate();
        }));
        long dossiersAt = System.nanoTime();
        province.unaudited(() -> {
            for (String sql : new String[] {EVENTS, PAPERS, REUSED, RESULTS, FEES, RATINGS}) {
                boolean papers = sql.equals(PAPERS) || sql.equals(REUSED) || sql.equals(RESULTS);
                jdbc.prepareStatement(sql, ps -> {
                    int k = 1;
                    if (papers) {
                        ps.setString(k++, paperSha);
                        ps.setArray(k++, ps.getConnection().createArrayOf("bigint", tenants));
                        ps.setArray(k++, ps.getConnection().createArrayOf("text", keys));
                    }
                    ps.setString(k, FLAG);
                    return ps.executeUpdate();
                });
            }
            return null;
        });
        long linesAt = System.nanoTime();
        LocalDate until = time.today().plusDays(1);
        for (Long t : tenants) {
            tallies.rebuildAll(TenantId.of(t), until);
        }
        LOG.info("Demo history: {} dossiers over a year in {} centers, with their tallies, in {} ms (papers stored {} ms, "
                        + "dossiers {} ms, lines/papers/fees/ratings {} ms, tallies {} ms)", rows, n,
                (System.nanoTime() - start) / 1_000_000, (generated - start) / 1_000_000, (dossiersAt - generated) / 1_000_000,
                (linesAt - dossiersAt) / 1_000_000, (System.nanoTime() - linesAt) / 1_000_000);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String KEYS = """
            JOIN unnest(?::bigint[], ?::text[]) AS k (tenant_id, object_key) ON k.tenant_id = d.tenant_id
            """;

    /** The dossiers: working days 6–365 days back, office hours, 3 working days to resolve, outcomes by the center's quality. */
    private static final String GENERATE = """
            WITH c AS (
              SELECT * FROM unnest(?::bigint[], ?::text[], ?::float8[], ?::int4[]) AS t (tenant_id, agency, q, n)
            ), s AS (
              SELECT c.*, g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
                     (random() * 2147483646)::bigint AS h, ?::date AS today, ?::text AS z
              FROM c CROSS JOIN LATERAL generate_series(1, c.n) AS g
            ), d AS (
              SELECT s.*, today - (6 + floor(r1 * 360))::int AS day0 FROM s
            ), e AS (
              SELECT d.*, CASE extract(isodow FROM day0) WHEN 6 THEN day0 - 1 WHEN 7 THEN day0 - 2 ELSE day0 END AS day FROM d
            ), f AS (
              SELECT e.*, ((day + time '07:30' + r2 * interval '8 hours') AT TIME ZONE z) AS received_at,
                     CASE WHEN r3 < 0.012 THEN 'WITHDRAWN' WHEN r3 < 0.022 THEN 'STOPPED' ELSE 'RETURNED' END AS status,
                     r4 < 0.015 + 0.12 * (1 - q) AS late
              FROM e
            ), g2 AS (
              SELECT f.*, received_at + CASE WHEN extract(isodow FROM day) >= 4 THEN interval '5 days' ELSE interval '3 days' END AS due_at
              FROM f
            )
            INSERT INTO dossier (tenant_id, code, procedure_code, procedure_version, procedure_name, workflow_version,
                                 steps_json, channel, applicant_name, applicant_id, applicant_phone, applicant_json, status,
                                 current_step, received_at, due_at, received_by, province_code, deadline_unit, deadline_amount,
                                 state_json, assignee, step_role, appointment_at, ended_at, counted_late, version)
            SELECT g2.tenant_id, g2.agency || '-' || to_char(g2.received_at AT TIME ZONE g2.z, 'YYMMDD') || '-' || (5000 + g2.g)::text,
                   pc.code, 1, coalesce(pr.name, pc.code), 1, ?,
                   CASE WHEN r5 < 0.08 + 0.45 * q THEN 'ONLINE' WHEN r5 > 0.98 THEN 'POSTAL' ELSE 'IN_PERSON' END,
                   nm.name, '0251' || lpad((h % 100000000)::text, 8, '0'), '09' || lpad((h % 100000000)::text, 8, '0'),
                   replace(replace(replace(?, '@TEN@', nm.name), '025190009999', '0251' || lpad((h % 100000000)::text, 8, '0')),
                           '0912009999', '09' || lpad((h % 100000000)::text, 8, '0')),
                   status, CASE WHEN status = 'WITHDRAWN' THEN 1 ELSE 3 END, received_at, due_at, ?, '25', 'WORKING_DAYS', 3,
                   NULL, NULL, 'CLERK', NULL,
                   CASE WHEN status = 'WITHDRAWN' THEN NULL
                        WHEN late THEN due_at + (0.1 + r6 * 3) * interval '1 day'
                        ELSE received_at + r6 * 0.97 * (due_at - received_at) END,
                   false, 6
            FROM g2
            CROSS JOIN LATERAL (SELECT (?::text[])[(g2.h % 8) + 1] AS code) pc
            CROSS JOIN LATERAL (SELECT (?::text[])[(g2.h / 8) % 12 + 1] AS name) nm
            LEFT JOIN LATERAL (SELECT name FROM procedure WHERE national_code = pc.code LIMIT 1) pr ON true
            """;

    /** Control-sheet lines: receipt, hand-overs with their step budgets and time used, an apology for half the late ones, the end. */
    private static final String EVENTS = """
            INSERT INTO dossier_event (tenant_id, dossier_id, number, action, from_status, to_status, from_step, to_step,
                                       actor, at, step_budget_min, used_min)
            SELECT d.tenant_id, d.id, row_number() OVER (PARTITION BY d.id ORDER BY x.at, x.ord), x.action, x.from_status,
                   x.to_status, x.from_step, x.to_step, 'cb1.lich-su', x.at, x.budget, x.used
            FROM dossier d
            CROSS JOIN LATERAL (VALUES
                (1, 'RECEIVE', NULL, 'RECEIVED', NULL, 0, d.received_at, NULL::bigint, NULL::bigint, true),
                (2, 'HAND_OVER', 'RECEIVED', 'IN_PROGRESS', 0, 1, d.received_at + interval '10 minutes', 60, 10,
                    d.status = 'RETURNED'),
                (3, 'HAND_OVER', 'IN_PROGRESS', 'IN_PROGRESS', 1, 2, d.received_at + (d.ended_at - d.received_at) * 0.7, 1080,
                    (extract(epoch FROM (d.ended_at - d.received_at) * 0.7) / 60 / 3)::bigint, d.status = 'RETURNED'),
                (4, 'HAND_OVER', 'IN_PROGRESS', 'IN_PROGRESS', 2, 3, d.received_at + (d.ended_at - d.received_at) * 0.9, 240,
                    (extract(epoch FROM (d.ended_at - d.received_at) * 0.2) / 60 / 3)::bigint, d.status = 'RETURNED'),
                (5, 'APOLOGY', 'IN_PROGRESS', 'IN_PROGRESS', 3, 3, d.due_at - interval '2 hours', NULL, NULL,
                    d.status = 'RETURNED' AND d.ended_at > d.due_at AND d.id % 2 = 0),
                (6, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED', 3, 3, d.ended_at, 60,
                    (extract(epoch FROM (d.ended_at - d.received_at) * 0.1) / 60 / 3)::bigint, d.status = 'RETURNED'),
                (7, 'RETURN_RESULT', 'RESOLVED', 'RETURNED', 3, 3, d.ended_at + interval '1 hour', NULL, NULL, d.status = 'RETURNED'),
                (8, 'STOP', 'RECEIVED', 'STOPPED', 0, 0, d.ended_at, NULL, NULL, d.status = 'STOPPED'),
                (9, 'WITHDRAW', 'RECEIVED', 'WITHDRAWN', 0, 0, d.received_at + interval '1 day', NULL, NULL, d.status = 'WITHDRAWN')
            ) AS x (ord, action, from_status, to_status, from_step, to_step, at, budget, used, applies)
            WHERE d.received_by = ? AND x.applies
            """;



    /** The application form, scanned at the counter. */
    private static final String PAPERS = """
            INSERT INTO dossier_document (tenant_id, dossier_id, name, file_name, object_key, size_bytes, sha256, content_type, kind)
            SELECT d.tenant_id, d.id, 'Tờ khai', 'to-khai.pdf', k.object_key, 118, ?, 'application/pdf', 'INPUT'
            FROM dossier d %KEYS% WHERE d.received_by = ?""".replace("%KEYS%", KEYS);
    /** The identity paper: taken from the center's store of digitized papers for a share that grows with quality. */
    private static final String REUSED = """
            INSERT INTO dossier_document (tenant_id, dossier_id, name, file_name, object_key, size_bytes, sha256, content_type,
                                          kind, reused_from)
            SELECT d.tenant_id, d.id, 'Căn cước công dân', 'cccd.pdf', k.object_key, 118, ?, 'application/pdf', 'INPUT',
                   CASE WHEN random() < 0.15 + 0.75 * ((d.tenant_id * 2654435761) % 1000 + 1000) % 1000 / 1000.0
                        THEN (SELECT min(x.id) FROM dossier_document x WHERE x.tenant_id = d.tenant_id) END
            FROM dossier d %KEYS% WHERE d.received_by = ?""".replace("%KEYS%", KEYS);
    private static final String RESULTS = """
            INSERT INTO dossier_document (tenant_id, dossier_id, name, file_name, object_key, size_bytes, sha256, content_type, kind)
            SELECT d.tenant_id, d.id, 'Kết quả giải quyết', 'ket-qua.pdf', k.object_key, 118, ?, 'application/pdf', 'RESULT'
            FROM dossier d %KEYS% WHERE d.received_by = ? AND d.status = 'RETURNED'""".replace("%KEYS%", KEYS);
    private static final String FEES = """
            INSERT INTO dossier_fee (tenant_id, dossier_id, amount_vnd, method, receipt_number, recorded_by, recorded_at)
            SELECT d.tenant_id, d.id, (1 + (d.id % 5)) * 10000,
                   CASE WHEN random() < 0.1 + 0.7 * ((d.tenant_id * 2654435761) % 1000 + 1000) % 1000 / 1000.0
                        THEN CASE WHEN d.id % 2 = 0 THEN 'QR' ELSE 'TRANSFER' END ELSE 'CASH' END,
                   'LS-' || d.id, 'cb1.lich-su', d.received_at + interval '5 minutes'
            FROM dossier d WHERE d.received_by = ? AND d.status <> 'WITHDRAWN' AND d.id % 2 = 1""";
    private static final String RATINGS = """
            INSERT INTO dossier_rating (tenant_id, dossier_id, level, rated_at)
            SELECT d.tenant_id, d.id,
                   CASE WHEN r < 0.03 + (CASE WHEN d.ended_at > d.due_at THEN 0.3 ELSE 0 END) THEN 'NOT_SATISFIED'
                        WHEN r < 0.15 THEN 'ACCEPTABLE' WHEN r < 0.55 THEN 'SATISFIED' ELSE 'VERY_SATISFIED' END,
                   d.ended_at + interval '1 hour 5 minutes'
            FROM (SELECT d.*, random() AS r FROM dossier d WHERE d.received_by = ? AND d.status = 'RETURNED' AND d.id % 3 = 0) d""";
}
