package vn.motcua.core.dossier;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A center's open dossiers as a clerk reads them at a glance: all open, assigned to me, at a step of my role,
 * due within a day, overdue.
 */
@Singleton
public class DossierInbox {
    public enum Bucket {
        OPEN("Đang giải quyết"), MINE("Của tôi"), MY_ROLE("Theo vai trò"), DUE_SOON("Sắp đến hạn (trong 24 giờ)"), OVERDUE("Quá hạn");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Counts(long open, long mine, long myRole, long dueSoon, long overdue) {
        public long of(Bucket bucket) {
            return switch (bucket) {
                case OPEN -> open;
                case MINE -> mine;
                case MY_ROLE -> myRole;
                case DUE_SOON -> dueSoon;
                case OVERDUE -> overdue;
            };
        }
    }

    /** The statuses the inbox shows, from {@link DossierStatus}: one definition of "open". */
    private static final List<String> OPEN = DossierStatus.open().stream().map(Enum::name).toList();

    private final DossierRepository dossiers;
    private final TenantTransactions tx;

    public DossierInbox(DossierRepository dossiers, TenantTransactions tx) {
        this.dossiers = dossiers;
        this.tx = tx;
    }

    /**
     * Soonest due first: what needs doing next is on top. "Due soon" (due within the next 24 hours, not yet overdue)
     * and "overdue" are {@link BusinessTime#urgency}'s rule at the call's instant, so the tabs and the colours agree.
     */
    public Page<Dossier> page(CallContext ctx, Bucket bucket, String query, int page, int size) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.of(Sort.Order.asc("dueAt")));
        return tx.read(ctx.tenant(), () -> find(ctx, bucket, SearchKey.likeAll(query), pageable));
    }

    public Counts counts(CallContext ctx) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        return tx.read(ctx.tenant(), () -> new Counts(count(ctx, Bucket.OPEN), count(ctx, Bucket.MINE),
                count(ctx, Bucket.MY_ROLE), count(ctx, Bucket.DUE_SOON), count(ctx, Bucket.OVERDUE)));
    }

    /**
     * Tra cứu hồ sơ counts its hits up to this many: past it the total reads "more than 1,000" ({@link #isCapped}),
     * so that a common word does not cost a count of every dossier of the center.
     */
    public static final int SEARCH_COUNT_LIMIT = 1000;
    /** When a search's words match more dossiers than this, its page is read in the order asked, not from the word index. */
    static final int READ_IN_ORDER_ABOVE = SEARCH_COUNT_LIMIT;
    /** At most this many stand-ins per typed word from each of the two ways of finding them. */
    private static final int MAX_NEAR = 4;

    /** Whether a search's total was counted only up to {@link #SEARCH_COUNT_LIMIT}: there are more. */
    public static boolean isCapped(long total) {
        return total > SEARCH_COUNT_LIMIT;
    }

    /**
     * Tra cứu hồ sơ: every dossier of the center whatever its status, newest first unless {@code sort} says
     * otherwise (a property of {@link Dossier}, e.g. "dueAt"). Each word typed (without diacritics or not) must
     * begin a word of the code, the applicant's name, phone or the procedure, in any order ("nguyen van an",
     * "261129-0042", "0912"); a whole code is looked up as such. When no dossier has them all, each word is widened to the center's nearest known
     * words ("nguyne" → "nguyen") and the hits come most similar first. The total stops counting past
     * {@link #SEARCH_COUNT_LIMIT} ({@link #isCapped}).
     */
    public Page<Dossier> search(CallContext ctx, @Nullable DossierStatus status, String query, int page, int size,
                                @Nullable Sort sort) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000),
                sort == null || !sort.isSorted() ? Sort.of(Sort.Order.desc("receivedAt")) : sort);
        String state = status == null ? null : status.name();
        List<String> words = SearchKey.indexWords(query);
        long t = tenant.value();
        return tx.read(tenant, () -> {
            if (words.isEmpty()) {
                long total = dossiers.countAll(t, state, SEARCH_COUNT_LIMIT + 1);
                return Page.of(dossiers.all(t, state, pageable), pageable, total);
            }
            Optional<DossierCode> code = DossierCode.tryParse(query);
            if (code.isPresent()) {
                List<Dossier> found = dossiers.findByTenantIdAndCode(t, code.get().format())
                        .filter(d -> state == null || d.status().name().equals(state)).stream().toList();
                if (!found.isEmpty()) {
                    return Page.of(pageable.getNumber() == 0 ? found : List.of(), pageable, (long) found.size());
                }
            }
            List<List<String>> typed = words.stream().map(List::of).toList();
            Optional<String> exact = tsquery(tenant, typed, known(t, typed));
            String patterns = patterns(words);
            long total = exact.isEmpty() ? 0 : dossiers.countSearch(state, patterns, exact.get(), SEARCH_COUNT_LIMIT + 1);
            if (total > 0) {
                if (total > READ_IN_ORDER_ABOVE) {
                    dossiers.readInOrder();
                }
                return Page.of(dossiers.search(state, patterns, exact.get(), pageable), pageable, total);
            }
            List<List<String>> widened = words.stream().map(word -> near(t, word)).toList();
            if (widened.stream().allMatch(alternatives -> alternatives.size() == 1)) {
                return Page.of(List.of(), pageable, 0L);
            }
            Optional<String> fuzzy = tsquery(tenant, widened, known(t, widened));
            long hits = fuzzy.isEmpty() ? 0 : dossiers.countSearch(state, null, fuzzy.get(), SEARCH_COUNT_LIMIT + 1);
            List<Dossier> content = hits == 0 ? List.of() : dossiers.similar(state, null, fuzzy.get(), SearchKey.of(query),
                    SEARCH_COUNT_LIMIT + 1, Pageable.from(pageable.getNumber(), pageable.getSize()));
            return Page.of(content, pageable, hits);
        });
    }

    /**
     * What another system filters by (every part may be empty). {@code changedSince} lists the dossiers whose row
     * changed after that instant, oldest change first (so a system can follow the changes page by page); otherwise the
     * newest received first.
     */
    public record Filter(@Nullable DossierStatus status, @Nullable String procedureCode, @Nullable Instant receivedFrom,
                         @Nullable Instant receivedUntil, @Nullable Instant changedSince) {
    }

    /** The center's dossiers by {@link Filter}; the total counts no further than {@link #SEARCH_COUNT_LIMIT}. */
    public Page<Dossier> filter(CallContext ctx, Filter f, int page, int size) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000), f.changedSince() == null
                ? Sort.of(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))
                : Sort.of(Sort.Order.asc("updatedAt"), Sort.Order.asc("id")));
        String state = f.status() == null ? null : f.status().name();
        String procedure = f.procedureCode() == null || f.procedureCode().isBlank() ? null : f.procedureCode().strip();
        long t = tenant.value();
        return tx.read(tenant, () -> Page.of(dossiers.filter(t, state, procedure, f.receivedFrom(), f.receivedUntil(),
                f.changedSince(), pageable), pageable, dossiers.countFilter(t, state, procedure, f.receivedFrom(),
                f.receivedUntil(), f.changedSince(), SEARCH_COUNT_LIMIT + 1)));
    }

    /** The center's known words that the words of {@code groups} may begin ({@link #lookedUp}), in one statement. */
    private List<String> known(long tenant, List<List<String>> groups) {
        String prefixes = knownPrefixes(groups);
        return prefixes.isEmpty() ? List.of() : dossiers.knownWords(tenant, prefixes);
    }

    /** The LIKE prefixes of {@link DossierRepository#KNOWN_WORDS} for the words {@link #lookedUp} ("w1%|w2%"), or "". */
    public static String knownPrefixes(List<List<String>> groups) {
        StringJoiner prefixes = new StringJoiner("|");
        groups.stream().flatMap(List::stream).filter(DossierInbox::lookedUp).distinct().forEach(word -> prefixes.add(word + "%"));
        return prefixes.toString();
    }

    /** The word itself (as a prefix) and the center's known words nearest to it; digits are never widened. */
    private List<String> near(long tenant, String word) {
        if (!widenable(word)) {
            return List.of(word);
        }
        return alternatives(word, dossiers.nearWords(tenant, word, NEAR),
                dossiers.wordsOfLength(tenant, word.length() - 1, word.length() + 1));
    }

    /**
     * A typed word and what may stand in for it: the known words at most one letter away (one wrong, missing, extra
     * or two swapped: "nguyne", "vn", "lna"), then those sharing most trigrams ({@code similar}, best first).
     * {@code ofLength} are the known words of one letter fewer to one more.
     */
    public static List<String> alternatives(String word, List<String> similar, List<String> ofLength) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(word);
        ofLength.stream().filter(known -> oneLetterAway(word, known)).sorted().limit(MAX_NEAR).forEach(out::add);
        similar.stream().limit(MAX_NEAR).forEach(out::add);
        return List.copyOf(out);
    }

    /** Optimal string alignment distance of exactly one: one letter substituted, added, dropped or two swapped. */
    static boolean oneLetterAway(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1 || a.equals(b)) {
            return false;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m] == 1;
    }

    /** Whether the typo fallback looks for near words of this one: words of two letters or more, never numbers. */
    public static boolean widenable(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isLetter);
    }

    /** How similar (trigrams) a known word must be to stand in for a typed one beyond one-letter typos. */
    public static final double NEAR = 0.3;

    /** LIKE patterns of the words ("%w1%|%w2%"): letters and digits only, nothing to escape. */
    public static String patterns(List<String> words) {
        StringJoiner out = new StringJoiner("|");
        words.forEach(word -> out.add("%" + word + "%"));
        return out.toString();
    }

    /** Past this many known words beginning a typed word, the word is asked as a prefix: the index reads as much either way. */
    static final int MAX_KNOWN = 32;
    /** The vocabulary keeps words cut at this many letters (migration 030): a word this long may be longer. */
    static final int KNOWN_LENGTH = 60;

    /**
     * Whether a typed word is asked as the center's known words it begins ({@link DossierRepository#KNOWN_WORDS}):
     * any word but a number (codes and phones are too many to list) or one longer than the vocabulary keeps.
     */
    static boolean lookedUp(String word) {
        return word.length() < KNOWN_LENGTH && !word.chars().allMatch(Character::isDigit);
    }

    /**
     * The tsquery of {@code motcua_dossier_words} (migration 011): every group must match, a group by any of its
     * words, each word as the beginning of an indexed word of this center ("t<tenant>x<word>"). A word
     * {@link #lookedUp} becomes the known words it begins, each matched exactly ("hoa" → hoa | hoai | hoang): the word
     * index intersects exact words directly, whereas a prefix makes it gather every matching posting list into a
     * bitmap first (8-9 of the 11 ms of a three-word count at 5M dossiers, ops/bench/README.md). A number, a word
     * beginning more than {@link #MAX_KNOWN} known words and a known word that may have been cut stay prefixes
     * ("0912:*"). Empty when a group can match nothing: its words begin no known word. {@code known} holds at least
     * every known word beginning a looked-up word (more do no harm); words are letters and digits only
     * ({@link SearchKey#indexWords}), so nothing in them is tsquery syntax.
     */
    public static Optional<String> tsquery(TenantId tenant, List<List<String>> groups, List<String> known) {
        StringJoiner all = new StringJoiner(" & ");
        for (List<String> group : groups) {
            LinkedHashSet<String> terms = new LinkedHashSet<>();
            for (String word : group) {
                List<String> begun = lookedUp(word) ? known.stream().filter(k -> k.startsWith(word)).distinct().toList() : null;
                if (begun == null || begun.size() > MAX_KNOWN) {
                    terms.add(word + ":*");
                } else {
                    begun.forEach(k -> terms.add(k.length() >= KNOWN_LENGTH ? k + ":*" : k));
                }
            }
            if (terms.isEmpty()) {
                return Optional.empty();
            }
            StringJoiner any = new StringJoiner(" | ", "(", ")");
            terms.forEach(term -> any.add("t" + tenant.value() + "x" + term));
            all.add(any.toString());
        }
        return Optional.of(all.toString());
    }

    private long count(CallContext ctx, Bucket bucket) {
        return find(ctx, bucket, "%", Pageable.from(0, 1)).getTotalSize();
    }

    private Page<Dossier> find(CallContext ctx, Bucket bucket, String patterns, Pageable pageable) {
        Instant now = ctx.now();
        return dossiers.inbox(ctx.tenant().value(), OPEN, bucket == Bucket.DUE_SOON ? now : null, dueBefore(bucket, now),
                bucket == Bucket.MINE ? ctx.username() : null,
                bucket == Bucket.MY_ROLE ? ctx.role().name() : null, patterns, pageable);
    }

    private static Instant dueBefore(Bucket bucket, Instant now) {
        return switch (bucket) {
            case OPEN, MINE, MY_ROLE -> null;
            case DUE_SOON -> BusinessTime.dueSoonLimit(now);
            case OVERDUE -> now;
        };
    }
}
