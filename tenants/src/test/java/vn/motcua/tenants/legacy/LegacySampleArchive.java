package vn.motcua.tenants.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.motcua.core.context.BusinessTime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an import archive in the format of {@code tenants/LEGACY-IMPORT.md} from demo-like data: dossiers of an
 * old commune (codes under its agency code) for the demo's common procedures, applicants named as the demo names
 * people, every status of the mapping table, control sheets and one or two scanned PDFs each. The manifest is kept
 * as plain maps so that tests can spoil one entry at a time.
 *
 * <p>The sample archive: {@code ./mvnw -B -pl tenants -am verify -Dtest=LegacyImportServiceTest
 * -Dsurefire.failIfNoSpecifiedTests=false} writes {@code tenants/target/legacy/ho-so-cu-mau.zip} (the
 * test imports it), for the demo's Phường Tân Hòa with the codes of an old commune {@code 000.00.90.H25}.
 */
public final class LegacySampleArchive {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan"};
    /** The demo's common commune procedures (VerifiedProcedures): code and name. */
    public static final String[][] PROCEDURES = {
            {"1.001193", "Đăng ký khai sinh"}, {"1.000656", "Đăng ký khai tử"}, {"1.000894", "Đăng ký kết hôn"},
            {"1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân"}, {"2.000815", "Chứng thực bản sao từ bản chính"}};
    /** The previous system's words, one of each kind of the mapping table, in turn. */
    static final String[] STATUSES = {"Mới tiếp nhận", "Đang xử lý", "Chờ bổ sung", "Đã có kết quả", "Đã trả kết quả",
            "Dừng xử lý", "Rút hồ sơ", "4"};
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("uuMMdd");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public final List<Map<String, Object>> dossiers = new ArrayList<>();
    public final Map<String, byte[]> files = new LinkedHashMap<>();
    /** Entries written as they are after the manifest and the files (a forged name, a bomb). */
    public final Map<String, byte[]> extra = new LinkedHashMap<>();
    public Object format = "motcua-legacy-dossiers/1";

    /**
     * {@code count} dossiers of the old commune {@code agencyPrefix}, received on working mornings before
     * {@code before} (the newest two days before it), open ones due after it.
     */
    public static LegacySampleArchive demo(String agencyPrefix, int count, Instant now) {
        Instant before = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        LegacySampleArchive a = new LegacySampleArchive();
        for (int i = 0; i < count; i++) {
            String status = STATUSES[i % STATUSES.length];
            LocalDateTime receivedLocal = LocalDateTime.ofInstant(before, BusinessTime.ZONE).toLocalDate()
                    .minusDays(2 + i / 4).atTime(8 + i % 4, 15);
            Instant received = receivedLocal.atZone(BusinessTime.ZONE).toInstant();
            String code = agencyPrefix + "-" + CODE_DAY.format(receivedLocal) + "-" + String.format("%04d", 1 + i % 4);
            String[] procedure = PROCEDURES[i % PROCEDURES.length];
            String clerk = "Nguyễn Thị Hồng";
            String officer = "Trần Văn Khánh";
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", code);
            d.put("procedureCode", procedure[0]);
            d.put("channel", i % 5 == 4 ? "Trực tuyến" : "Trực tiếp");
            Map<String, Object> applicant = new LinkedHashMap<>();
            applicant.put("name", FAMILY[i % FAMILY.length] + " " + MIDDLE[i % MIDDLE.length] + " " + GIVEN[(i * 3) % GIVEN.length]);
            applicant.put("phone", "09" + String.format("%08d", 12345678 + i * 1111));
            applicant.put("idNumber", "0251" + String.format("%08d", 90000000 + i));
            applicant.put("address", "Khu " + (1 + i % 9) + ", xã cũ");
            d.put("applicant", applicant);
            d.put("received", iso(received));
            Instant due = status.equals("Mới tiếp nhận") || status.equals("Đang xử lý") || status.equals("Chờ bổ sung")
                    || status.equals("4") ? before.plus(Duration.ofDays(3 + i % 5)) : received.plus(Duration.ofDays(3));
            d.put("due", iso(due));
            List<Map<String, Object>> sheet = new ArrayList<>();
            sheet.add(line("Tiếp nhận hồ sơ", null, "Mới tiếp nhận", clerk, received, "Hẹn trả " + iso(due)));
            Instant t = received.plus(Duration.ofHours(2));
            if (!status.equals("Mới tiếp nhận")) {
                sheet.add(line("Chuyển xử lý", "Mới tiếp nhận", "Đang xử lý", clerk, t, null));
            }
            switch (status) {
                case "Chờ bổ sung" -> sheet.add(line("Yêu cầu bổ sung", "Đang xử lý", "Chờ bổ sung", officer,
                        t.plus(Duration.ofHours(3)), "Thiếu bản sao giấy chứng nhận kết hôn"));
                case "Đã có kết quả", "Đã trả kết quả" -> {
                    Instant resolved = t.plus(Duration.ofHours(20));
                    d.put("resolved", iso(resolved));
                    sheet.add(line("Trình ký, có kết quả", "Đang xử lý", "Đã có kết quả", officer, resolved, null));
                    if (status.equals("Đã trả kết quả")) {
                        Instant returned = resolved.plus(Duration.ofHours(4));
                        d.put("returned", iso(returned));
                        sheet.add(line("Trả kết quả", "Đã có kết quả", "Đã trả kết quả", clerk, returned, "Trả trực tiếp"));
                    }
                }
                case "Dừng xử lý" -> sheet.add(line("Dừng xử lý", "Đang xử lý", "Dừng xử lý", officer,
                        t.plus(Duration.ofHours(5)), "Không đủ điều kiện giải quyết"));
                case "Rút hồ sơ" -> sheet.add(line("Công dân rút hồ sơ", "Đang xử lý", "Rút hồ sơ", clerk,
                        t.plus(Duration.ofHours(1)), null));
                default -> {
                }
            }
            d.put("status", status);
            d.put("controlSheet", sheet);
            List<Map<String, Object>> docs = new ArrayList<>();
            docs.add(a.pdf(code, "to-khai.pdf", "Tờ khai theo mẫu"));
            if (i % 2 == 0) {
                docs.add(a.pdf(code, "giay-to-tuy-than.pdf", "Bản sao giấy tờ tùy thân"));
            }
            d.put("documents", docs);
            d.put("status", status);
            a.dossiers.add(d);
        }
        return a;
    }

    private Map<String, Object> pdf(String code, String file, String name) {
        String path = "files/" + code + "/" + file;
        byte[] content = samplePdf(code + " " + name);
        files.put(path, content);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", name);
        doc.put("path", path);
        doc.put("sha256", sha256(content));
        return doc;
    }

    private static Map<String, Object> line(String action, String from, String to, String actor, Instant at, String note) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("action", action);
        l.put("fromStatus", from);
        l.put("toStatus", to);
        l.put("actor", actor);
        l.put("at", iso(at));
        l.put("note", note);
        return l;
    }

    static String iso(Instant at) {
        return at.atZone(BusinessTime.ZONE).toOffsetDateTime().toString();
    }

    /** A one-page PDF carrying {@code text} (so that every scan has its own checksum). */
    static byte[] samplePdf(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + ascii
                + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Publishes {@link #PROCEDURES} in the test province's catalog (as provincial IT's catalog import does). */
    public static void publishProcedures(io.micronaut.context.ApplicationContext context, vn.motcua.core.context.CallContext admin)
            throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        vn.motcua.core.catalog.CatalogCsvWriter.write(java.util.stream.Stream.of(PROCEDURES).map(p ->
                new vn.motcua.core.catalog.ProcedureDraft(p[0], null, p[1], "Hộ tịch", java.util.Set.of(vn.motcua.core.catalog.Level.COMMUNE),
                        vn.motcua.core.catalog.LegalDeadline.of(3, vn.motcua.core.catalog.DeadlineUnit.WORKING_DAYS),
                        List.of(new vn.motcua.core.catalog.RequiredDocument("Tờ khai theo mẫu", 1, null, null)),
                        List.of(vn.motcua.core.catalog.Fee.free("Miễn lệ phí")), vn.motcua.core.catalog.OnlineLevel.FULL,
                        Boolean.FALSE, "Ủy ban nhân dân cấp xã", "Luật Hộ tịch 2014")).toList(), out);
        vn.motcua.core.catalog.CatalogImportOutcome outcome = context.getBean(vn.motcua.tenants.catalog.CatalogAdministration.class)
                .importFile(admin, "thu-tuc.csv", new java.io.ByteArrayInputStream(out.toByteArray()), out.size(), null);
        if (!outcome.applied()) {
            throw new IllegalStateException(outcome.report().displayVi());
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] manifest() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("source", "Hệ thống một cửa điện tử cũ (dữ liệu mẫu)");
        m.put("exportedAt", "2025-06-30T17:00:00+07:00");
        m.put("dossiers", dossiers);
        return JSON.writeValueAsBytes(m);
    }

    /** Writes the zip: manifest first, then the files, then the extra entries. */
    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest());
            zip.closeEntry();
            for (Map<String, byte[]> entries : List.of(files, extra)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        }
        return file;
    }

    /** {@code java … LegacySampleArchive <zip> [agency prefix] [count]}: writes a sample archive. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/legacy/ho-so-cu-mau.zip");
        demo(args.length > 1 ? args[1] : "000.00.90.H25", args.length > 2 ? Integer.parseInt(args[2]) : 24,
                Instant.parse("2025-07-01T01:00:00Z")).write(out);
        System.out.println("Wrote " + out.toAbsolutePath());
    }
}
