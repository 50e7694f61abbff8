package vn.motcua.tenants.onboarding;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.context.Role;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Bulk onboarding on the provincial path: provincial IT uploads the province's published list of new communes (the
 * CSV shape of {@code communes-2025-phu-tho.csv}: {@code Tỉnh, "Phường, xã mới", "Phường, xã trước sáp nhập"}, an
 * optional unit-code column "Mã") or takes the province's bundled official list ({@link OfficialUnits}); the
 * {@linkplain #previewFile preview} says per line what a run would do (create / already there, unchanged or
 * different / problem with the line and a Vietnamese reason); the {@linkplain #run run} opens every new center
 * exactly as {@link OnboardingService#onboardOne} does (same writes, same audit rows) with a first director and N
 * clerks each, in ONE provincial transaction (all or nothing) after hashing every one-time password in parallel
 * outside it. Running the same list again creates nothing.
 */
@Singleton
public class BulkOnboarding {
    /** A list larger than this is not a province's commune list (3,321 communes in the whole country ≈ 400 kB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_CLERKS = 10;
    /** The share of the progress bar given to hashing (Argon2id, most of the time) before the writes. */
    private static final double HASHING_SHARE = 0.8;
    private static final Set<Character> TONES = Set.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');

    /** Told how far a run is: 0..1 and the phase in Vietnamese. Called from the run's threads, one call at a time. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (fraction, phase) -> {
        };

        void update(double fraction, String phase);
    }

    private final OnboardingService onboarding;
    private final ServiceCenterRepository centers;
    private final ProvincialScope province;
    private final AuditLog audit;

    public BulkOnboarding(OnboardingService onboarding, ServiceCenterRepository centers, ProvincialScope province,
                          AuditLog audit) {
        this.onboarding = onboarding;
        this.centers = centers;
        this.province = province;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- preview

    /**
     * Reads an uploaded list and classifies each line; writes nothing. Refused as a whole (Vietnamese) when the file is
     * not UTF-8 text, too large, or its first line is not the list's header. Provincial IT only.
     */
    public BulkPreview previewFile(CallContext ctx, String fileName, InputStream in) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        String text = utf8(in);
        ServiceCenter home = province.unaudited(() -> onboarding.home(ctx));
        Map<String, ServiceCenter> existing = existing();
        Resolver resolver = new Resolver(home);
        List<BulkRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw badHeader();
            }
            Columns columns = Columns.of(records.next());
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // an unbalanced quote: the parser cannot go on; the rest of the file is one malformed line
                    int line = (int) parser.getCurrentLineNumber();
                    rows.add(problem(line, "", "", null, BulkRow.Problem.MALFORMED,
                            "Dòng " + line + ": dấu ngoặc kép không khép lại, không đọc được phần còn lại của tệp",
                            "line " + line + ": unbalanced quote, the rest of the file cannot be read"));
                    break;
                }
                int line = lineOf(text, record.getCharacterPosition());
                rows.add(classify(line, columns, record, home, resolver, existing, seen));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("file", "Tệp không có dòng nào sau dòng tiêu đề",
                    "the file has no line after its header")));
        }
        return new BulkPreview(fileName == null || fileName.isBlank() ? "tệp tải lên" : fileName, rows);
    }

    /** The province's bundled official list (codes, types, lineage from the 2025 mergers), classified the same way. */
    public BulkPreview previewOfficialList(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        ServiceCenter home = province.unaudited(() -> onboarding.home(ctx));
        Map<String, ServiceCenter> existing = existing();
        List<BulkRow> rows = new ArrayList<>();
        int line = 1;
        for (CommuneListReader.Commune unit : OfficialUnits.of(home.provinceCode())) {
            rows.add(resolved(line++, home.provinceName(), unit.name(), unit.mergedFrom(), unit, existing));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("file",
                    "Chưa có danh sách chính thức của tỉnh " + home.provinceName() + " trong hệ thống; hãy tải tệp danh sách lên",
                    "no bundled official list for province " + home.provinceCode())));
        }
        return new BulkPreview("Danh sách chính thức tỉnh " + home.provinceName() + " (sau sáp nhập 1/7/2025)", rows);
    }

    private BulkRow classify(int line, Columns columns, CSVRecord record, ServiceCenter home, Resolver resolver,
                             Map<String, ServiceCenter> existing, Map<String, Integer> seen) {
        if (record.size() != columns.count) {
            return problem(line, columns.get(record, columns.province), columns.get(record, columns.name), null,
                    BulkRow.Problem.MALFORMED,
                    "Dòng " + line + ": có " + record.size() + " cột, mẫu có " + columns.count
                            + " (tên có dấu phẩy phải đặt trong ngoặc kép)",
                    "line " + line + ": " + record.size() + " columns, the header has " + columns.count);
        }
        String provinceName = SearchKey.printable(columns.get(record, columns.province));
        String written = SearchKey.printable(columns.get(record, columns.name));
        String lineage = SearchKey.printable(columns.get(record, columns.lineage));
        String code = SearchKey.printable(columns.get(record, columns.code));
        if (written.isEmpty()) {
            return problem(line, provinceName, written, lineage, BulkRow.Problem.MALFORMED,
                    "Dòng " + line + ": thiếu tên xã, phường mới", "line " + line + ": new commune name missing");
        }
        if (!sameProvince(provinceName, home.provinceName())) {
            return problem(line, provinceName, written, lineage, BulkRow.Problem.PROVINCE_MISMATCH,
                    "Dòng " + line + ": tỉnh «" + provinceName + "» không phải tỉnh " + home.provinceName()
                            + " (chỉ đưa vào được trung tâm của tỉnh mình)",
                    "line " + line + ": province '" + provinceName + "' is not " + home.provinceName());
        }
        Resolution r = resolver.resolve(line, written, code);
        if (r.unit == null) {
            return problem(line, provinceName, written, lineage, r.problem, r.vi, r.en);
        }
        Integer first = seen.putIfAbsent(r.unit.code(), line);
        if (first != null) {
            return new BulkRow(line, provinceName, written, lineage, r.unit.code(), r.unit.type(), BulkRow.Status.PROBLEM,
                    BulkRow.Problem.DUPLICATE, "Dòng " + line + ": trùng với dòng " + first + " ("
                    + r.unit.type().label() + " " + r.unit.name() + ", mã " + r.unit.code() + ")",
                    "line " + line + ": repeats line " + first + " (unit " + r.unit.code() + ")");
        }
        return resolved(line, provinceName, written, lineage, r.unit, existing);
    }

    /** A line naming an official unit: created, or already there and compared with what the line says. */
    private static BulkRow resolved(int line, String provinceName, String written, String lineage,
                                    CommuneListReader.Commune unit, Map<String, ServiceCenter> existing) {
        ServiceCenter center = existing.get(unit.code());
        if (center == null) {
            return new BulkRow(line, provinceName, written, lineage, unit.code(), unit.type(), BulkRow.Status.CREATE,
                    null, null, null);
        }
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (center.type() != unit.type() || !nameKey(center.name()).equals(nameKey(unit.name()))) {
            vi.add("tên trên hệ thống «" + center.displayName() + "», danh sách «" + unit.type().label() + " " + unit.name() + "»");
            en.add("name '" + center.displayName() + "' against '" + unit.name() + "'");
        }
        String self = unit.type().label() + " " + unit.name();
        Set<String> listed = lineageKeys(lineage, self);
        Set<String> stored = lineageKeys(center.mergedFrom(), self);
        if (!listed.equals(stored)) {
            Map<String, String> listedWords = lineageWords(lineage, self);
            Map<String, String> storedWords = lineageWords(center.mergedFrom(), self);
            List<String> onlyListed = listedWords.entrySet().stream().filter(e -> !stored.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            List<String> onlyStored = storedWords.entrySet().stream().filter(e -> !listed.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            vi.add("sáp nhập từ: " + (onlyListed.isEmpty() ? "" : "danh sách có thêm " + String.join(", ", onlyListed))
                    + (onlyListed.isEmpty() || onlyStored.isEmpty() ? "" : "; ")
                    + (onlyStored.isEmpty() ? "" : "hệ thống có thêm " + String.join(", ", onlyStored)));
            en.add("lineage differs: list only " + onlyListed + ", system only " + onlyStored);
        }
        if (vi.isEmpty()) {
            return new BulkRow(line, provinceName, written, lineage, unit.code(), unit.type(), BulkRow.Status.UNCHANGED,
                    null, "Đã có trung tâm, giống danh sách", "already onboarded, as listed");
        }
        return new BulkRow(line, provinceName, written, lineage, unit.code(), unit.type(), BulkRow.Status.DIFFERENT,
                null, "Đã có trung tâm, khác danh sách: " + String.join("; ", vi) + " (chạy không sửa trung tâm đã có)",
                "already onboarded, differs: " + String.join("; ", en));
    }

    private static BulkRow problem(int line, String provinceName, String written, String lineage, BulkRow.Problem kind,
                                   String vi, String en) {
        return new BulkRow(line, provinceName, written, lineage, null, null, BulkRow.Status.PROBLEM, kind, vi, en);
    }

    private Map<String, ServiceCenter> existing() {
        return province.unaudited(() -> {
            Map<String, ServiceCenter> byCode = new HashMap<>();
            for (String code : centers.allCodes()) {
                centers.findByCode(code).ifPresent(c -> byCode.put(code, c));
            }
            return byCode;
        });
    }

    // ---------------------------------------------------------------- run

    /**
     * Opens every center the preview says will be created, each with a director and {@code clerks} clerks
     * (usernames in the demo's shape {@code gd.<name>.<code>}, {@code cb1.…}; a one-time password each, changed at
     * the first sign-in), the default served procedures and the province's default workflows applying at once (as
     * {@link OnboardingService#onboardOne}). The one-time passwords are hashed in parallel (as many threads as cores)
     * before ONE provincial transaction writes every center, account, staff row and audit row: a failure anywhere
     * leaves nothing. A line whose center exists by then is skipped, so running the list again creates nothing.
     * Refused while the preview has a problem line. Provincial IT only.
     */
    public BulkOutcome run(CallContext ctx, BulkPreview preview, int clerks, Progress progress) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        if (clerks < 0 || clerks > MAX_CLERKS) {
            throw new InvalidInputException(List.of(new Problem("clerks",
                    "Số cán bộ mỗi trung tâm từ 0 đến " + MAX_CLERKS, "clerks per center must be 0.." + MAX_CLERKS)));
        }
        long problems = preview.count(BulkRow.Status.PROBLEM);
        if (problems > 0) {
            throw new InvalidInputException(List.of(new Problem("file", "Danh sách còn " + problems
                    + " dòng có lỗi: sửa tệp, tải lên và xem trước lại; chưa có gì được tạo",
                    problems + " problem lines: nothing created")));
        }
        ServiceCenter home = province.unaudited(() -> onboarding.home(ctx));
        Map<String, CommuneListReader.Commune> official = OfficialUnits.of(home.provinceCode()).stream()
                .collect(Collectors.toMap(CommuneListReader.Commune::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        Set<String> already = new HashSet<>(province.unaudited(centers::allCodes));
        List<CommuneListReader.Commune> wanted = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (BulkRow row : preview.rows()) {
            if (row.status() != BulkRow.Status.CREATE) {
                continue;
            }
            CommuneListReader.Commune unit = row.unitCode() == null ? null : official.get(row.unitCode());
            if (unit == null || !listed.add(unit.code())) {
                // only a preview made elsewhere gets here: the official list is the only source of units
                throw new InvalidInputException(List.of(new Problem("file", "Dòng " + row.line()
                        + ": đơn vị không có trong danh sách chính thức của tỉnh " + home.provinceName(),
                        "line " + row.line() + ": unit " + row.unitCode() + " is not on the official list")));
            }
            if (!already.contains(unit.code())) {
                wanted.add(unit);
            }
        }
        int alreadyThere = preview.rows().size() - wanted.size();
        if (wanted.isEmpty()) {
            progress.update(1, "Không có trung tâm mới nào để tạo");
            return new BulkOutcome(List.of(), alreadyThere, 0, 0);
        }
        long t0 = System.nanoTime();
        Map<String, List<OnboardingService.PlannedAccount>> planned = hashAll(wanted, clerks, progress);
        long hashingMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        AtomicInteger skipped = new AtomicInteger();
        List<Onboarded> created;
        try {
            created = province.unaudited(() -> {
                List<Onboarded> done = new ArrayList<>();
                int i = 0;
                for (CommuneListReader.Commune unit : wanted) {
                    if (centers.findByCode(unit.code()).isPresent()) {
                        skipped.incrementAndGet(); // opened by another session since the preview
                    } else {
                        done.add(onboarding.open(ctx, home, unit, null, null, null, null, planned.get(unit.code())));
                    }
                    i++;
                    report(progress, HASHING_SHARE + (1 - HASHING_SHARE) * i / wanted.size(),
                            "Đang ghi trung tâm " + i + "/" + wanted.size());
                }
                if (!done.isEmpty()) {
                    audit.record(ctx.homeTenant(), ctx, AuditAction.CENTERS_ONBOARDED_IN_BULK, "province", null,
                            done.size() + " trung tâm, mỗi trung tâm 1 giám đốc và " + clerks + " cán bộ, từ «"
                                    + preview.source() + "»: " + done.stream().map(o -> o.center().code())
                                    .collect(Collectors.joining(", ")));
                }
                return done;
            });
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                throw new InvalidInputException(List.of(new Problem("file",
                        "Một xã, phường hoặc tên đăng nhập trong danh sách vừa được dùng ở phiên khác; chưa có gì được tạo, "
                                + "hãy xem trước lại", "a unit or username was taken concurrently; nothing created")));
            }
            throw e;
        }
        return new BulkOutcome(created, alreadyThere + skipped.get(), hashingMs, (System.nanoTime() - t1) / 1_000_000);
    }

    /** Every account of every new center, its one-time password hashed on as many threads as there are cores. */
    private Map<String, List<OnboardingService.PlannedAccount>> hashAll(List<CommuneListReader.Commune> units,
                                                                         int clerks, Progress progress) {
        int total = units.size() * (1 + clerks);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bulk-onboarding-hash");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            Map<String, List<Future<OnboardingService.PlannedAccount>>> futures = new LinkedHashMap<>();
            for (CommuneListReader.Commune unit : units) {
                String where = unit.type().label() + " " + unit.name();
                String slug = SearchKey.of(unit.name()).replace(' ', '-') + "." + unit.code();
                List<Future<OnboardingService.PlannedAccount>> accounts = new ArrayList<>();
                for (int k = 0; k <= clerks; k++) {
                    String fullName = k == 0 ? "Giám đốc " + where : "Cán bộ " + k + " " + where;
                    String position = k == 0 ? "Giám đốc" : "Chuyên viên";
                    Role role = k == 0 ? Role.DIRECTOR : Role.CLERK;
                    String username = (k == 0 ? "gd." : "cb" + k + ".") + slug.toLowerCase(Locale.ROOT);
                    accounts.add(pool.submit(() -> {
                        OnboardingService.PlannedAccount a = onboarding.account(fullName, position, role, username);
                        int n = done.incrementAndGet();
                        report(progress, HASHING_SHARE * n / total, "Đang tạo mật khẩu lần đầu " + n + "/" + total);
                        return a;
                    }));
                }
                futures.put(unit.code(), accounts);
            }
            Map<String, List<OnboardingService.PlannedAccount>> planned = new HashMap<>();
            for (Map.Entry<String, List<Future<OnboardingService.PlannedAccount>>> e : futures.entrySet()) {
                List<OnboardingService.PlannedAccount> accounts = new ArrayList<>();
                for (Future<OnboardingService.PlannedAccount> f : e.getValue()) {
                    accounts.add(f.get());
                }
                planned.put(e.getKey(), accounts);
            }
            return planned;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk onboarding interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(Progress progress, double fraction, String phase) {
        synchronized (progress) {
            progress.update(Math.min(1, fraction), phase);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The line (from 1) of the file where the character at {@code position} is: what a text editor shows. */
    private static int lineOf(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String utf8(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(List.of(new Problem("file", "Tệp lớn quá " + MAX_BYTES / 1024 / 1024
                    + " MB: không phải danh sách xã, phường của một tỉnh", "file larger than " + MAX_BYTES + " bytes")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new Problem("file",
                    "Tệp không phải văn bản CSV mã UTF-8 (khi lưu từ Excel, chọn «CSV UTF-8»)", "file is not UTF-8 text")));
        }
    }

    private static InvalidInputException badHeader() {
        return new InvalidInputException(List.of(new Problem("file",
                "Dòng 1 phải là tiêu đề của danh sách: Tỉnh, \"Phường, xã mới\", \"Phường, xã trước sáp nhập\" (cột «Mã» nếu có)",
                "line 1 must be the header: Tỉnh, Phường, xã mới, Phường, xã trước sáp nhập [, Mã]")));
    }

    /** Where the list's columns are, found by their header words (any case, with or without diacritics). */
    private record Columns(int count, int province, int name, int lineage, int code) {
        static Columns of(CSVRecord header) {
            int province = -1;
            int name = -1;
            int lineage = -1;
            int code = -1;
            for (int i = 0; i < header.size(); i++) {
                String key = SearchKey.of(header.get(i).replace('_', ' ')).replaceAll("[^a-z0-9 ]", "").trim();
                switch (key) {
                    case "tinh", "tinh thanh pho", "tinh thanh" -> province = i;
                    case "phuong xa moi", "xa phuong moi", "ten", "ten moi", "don vi moi" -> name = i;
                    case "phuong xa truoc sap nhap", "xa phuong truoc sap nhap", "sap nhap tu", "truoc sap nhap" -> lineage = i;
                    case "ma", "ma don vi", "ma dvhc", "ma don vi hanh chinh" -> code = i;
                    default -> {
                    }
                }
            }
            if (province < 0 || name < 0) {
                throw badHeader();
            }
            return new Columns(header.size(), province, name, lineage, code);
        }

        String get(CSVRecord record, int column) {
            return column < 0 || column >= record.size() ? "" : record.get(column).strip();
        }
    }

    private record Resolution(CommuneListReader.Commune unit, BulkRow.Problem problem, String vi, String en) {
    }

    /** Finds the official unit a line means: by its code when the list has one, else by its name. */
    private static final class Resolver {
        private final ServiceCenter home;
        private final Map<String, CommuneListReader.Commune> byCode = new HashMap<>();
        private final Map<String, List<CommuneListReader.Commune>> byName = new HashMap<>();
        private final Map<String, List<CommuneListReader.Commune>> byLetters = new HashMap<>();

        Resolver(ServiceCenter home) {
            this.home = home;
            for (CommuneListReader.Commune u : OfficialUnits.of(home.provinceCode())) {
                byCode.put(u.code(), u);
                byName.computeIfAbsent(nameKey(u.name()), k -> new ArrayList<>()).add(u);
                byLetters.computeIfAbsent(SearchKey.of(u.name()), k -> new ArrayList<>()).add(u);
            }
        }

        Resolution resolve(int line, String written, String code) {
            Optional<CenterType> type = Optional.empty();
            String name = written;
            for (CenterType t : CenterType.values()) {
                int n = t.label().length();
                if (t != CenterType.TINH && written.length() > n + 1 && Character.isWhitespace(written.charAt(n))
                        && SearchKey.of(written.substring(0, n)).equals(SearchKey.of(t.label()))) {
                    type = Optional.of(t);
                    name = written.substring(n).strip();
                }
            }
            String list = "danh sách chính thức của tỉnh " + home.provinceName();
            if (!code.isEmpty()) {
                CommuneListReader.Commune unit = byCode.get(code);
                if (unit == null) {
                    return new Resolution(null, BulkRow.Problem.UNKNOWN_CODE, "Dòng " + line + ": mã đơn vị «" + code
                            + "» không có trong " + list, "line " + line + ": unknown unit code " + code);
                }
                if (!nameKey(unit.name()).equals(nameKey(name)) || type.filter(t -> t != unit.type()).isPresent()) {
                    return new Resolution(null, BulkRow.Problem.NAME_MISMATCH, "Dòng " + line + ": tên «" + written
                            + "» khác tên chính thức của mã " + code + " là «" + unit.type().label() + " " + unit.name() + "»",
                            "line " + line + ": name '" + written + "' is not the official name of unit " + code);
                }
                return new Resolution(unit, null, null, null);
            }
            Optional<CenterType> wantedType = type;
            List<CommuneListReader.Commune> candidates = byName.getOrDefault(nameKey(name), List.of()).stream()
                    .filter(u -> wantedType.isEmpty() || wantedType.get() == u.type()).toList();
            if (candidates.size() == 1) {
                return new Resolution(candidates.get(0), null, null, null);
            }
            if (candidates.size() > 1) {
                return new Resolution(null, BulkRow.Problem.AMBIGUOUS_NAME, "Dòng " + line + ": có "
                        + candidates.size() + " đơn vị tên «" + name + "» (" + describe(candidates)
                        + "): ghi «Xã»/«Phường» trước tên hoặc thêm cột «Mã»",
                        "line " + line + ": several units named '" + name + "'");
            }
            List<CommuneListReader.Commune> close = byLetters.getOrDefault(SearchKey.of(name), List.of());
            if (!close.isEmpty()) {
                return new Resolution(null, BulkRow.Problem.NAME_MISMATCH, "Dòng " + line + ": tên «" + written
                        + "» không khớp tên chính thức (sai dấu?); có phải " + describe(close) + "?",
                        "line " + line + ": name '" + written + "' differs from the official spelling");
            }
            return new Resolution(null, BulkRow.Problem.UNKNOWN_NAME, "Dòng " + line + ": không có xã, phường «"
                    + written + "» trong " + list + " (sau sáp nhập 1/7/2025)",
                    "line " + line + ": no unit named '" + written + "' on the official list");
        }

        private static String describe(List<CommuneListReader.Commune> units) {
            return units.stream().map(u -> "«" + u.type().label() + " " + u.name() + "» mã " + u.code())
                    .collect(Collectors.joining(", "));
        }
    }

    private static boolean sameProvince(String written, String home) {
        String key = SearchKey.of(written).replaceFirst("^(tinh|thanh pho|tp\\.?) ", "");
        return key.equals(SearchKey.of(home));
    }

    /**
     * A name compared as Vietnamese spellings are: case aside and wherever the tone mark sits (the old "Hoà" and the
     * new "Hòa" are the same name), but not without it ("Hoa" is another name).
     */
    static String nameKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : SearchKey.printable(name).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                (TONES.contains(c) ? tone : base).append(c);
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(base).append(tone);
        }
        return key.toString();
    }

    /** The old units of a lineage text, by {@link #nameKey}, notes in brackets ("(một phần)") aside. */
    private static Set<String> lineageKeys(String lineage, String self) {
        return new TreeSet<>(lineageWords(lineage, self).keySet());
    }

    private static Map<String, String> lineageWords(String lineage, String self) {
        Map<String, String> words = new LinkedHashMap<>();
        if (lineage == null || lineage.isBlank() || SearchKey.of(lineage).equals("khong sap nhap")) {
            words.put(nameKey(self), self);
            return words;
        }
        for (String part : lineage.replaceAll("\\(.*?\\)", "").split(",")) {
            String unit = part.strip();
            if (!unit.isEmpty()) {
                words.put(nameKey(unit), unit);
            }
        }
        return words;
    }
}
