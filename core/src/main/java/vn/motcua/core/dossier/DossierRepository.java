package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierRepository extends GenericRepository<Dossier, Long> {
    String INBOX_WHERE = """
             WHERE dossier_.tenant_id = :tenantId AND dossier_.status IN (:statuses)
               AND (CAST(:dueFrom AS timestamptz) IS NULL OR dossier_.due_at >= :dueFrom)
               AND (CAST(:dueBefore AS timestamptz) IS NULL OR dossier_.due_at < :dueBefore)
               AND (CAST(:assignee AS text) IS NULL OR dossier_.assignee = :assignee)
               AND (CAST(:stepRole AS text) IS NULL OR dossier_.step_role = :stepRole)
               AND dossier_.search_key LIKE ALL (string_to_array(:patterns, '|'))""";
    /**
     * The indexed words of a dossier (migration 011): code, applicant, phone and procedure without diacritics, each
     * word a lexeme prefixed with the center, so that the GIN index {@code dossier_search_words} finds a center's
     * matching rows directly. Must stay the very expression of that index, or the index is not used.
     */
    String WORDS = "motcua_dossier_words(dossier_.tenant_id, dossier_.search_key, dossier_.applicant_phone)";
    /**
     * Tra cứu hồ sơ with words ({@code :words} a tsquery from {@link DossierInbox#tsquery}), any status or one.
     * {@code :patterns} ("%w1%|%w2%", or null) is a cheap necessary condition tried first when the center is read in
     * order: a word that begins a word of the dossier is in its text.
     * <p>
     * No {@code tenant_id = :tenantId} here, on purpose: the lexemes of {@code :words} already belong to the center, and
     * row-level security's own {@code tenant_id = motcua_current_tenant()} is a key of the word index (migration 029).
     * An explicit center condition let the planner AND the word index with a bitmap of the whole center from another
     * index whenever it guessed a word frequent (5-8 ms at ~33,800 dossiers per center, ops/bench/README.md); written
     * so that no index can serve it ({@code tenant_id + 0}), it made the planner count the center twice and misjudge
     * the read in order.
     */
    String SEARCH_WHERE = """
             WHERE (CAST(:status AS text) IS NULL OR dossier_.status = :status)
               AND (CAST(:patterns AS text) IS NULL
                    OR dossier_.search_key || ' ' || coalesce(dossier_.applicant_phone, '') LIKE ALL (string_to_array(:patterns, '|')))
               AND\s""" + WORDS + " @@ CAST(:words AS tsquery)";
    /** A whole code read off a receipt: the unique index (tenant_id, code). */
    String BY_CODE = "SELECT dossier_.* FROM dossier dossier_ WHERE dossier_.tenant_id = :tenantId AND dossier_.code = :code";
    String SEARCH = "SELECT dossier_.* FROM dossier dossier_ " + SEARCH_WHERE;
    String COUNT_SEARCH = "SELECT count(*) FROM (SELECT 1 FROM dossier dossier_ " + SEARCH_WHERE + " LIMIT :cap) hits";
    String SIMILAR = "SELECT dossier_.* FROM (SELECT * FROM dossier dossier_ " + SEARCH_WHERE + " LIMIT :cap) dossier_"
            + " ORDER BY word_similarity(:text, dossier_.search_key) DESC, dossier_.received_at DESC";
    /**
     * The center's known words (migration 030: every word of the word index that is not a number) beginning with any
     * of {@code :prefixes} ("w1%|w2%"): what a typed word stands for in the word index.
     */
    String KNOWN_WORDS = """
            SELECT w.word FROM dossier_search_word w
             WHERE w.tenant_id = :tenantId AND w.word LIKE ANY (string_to_array(:prefixes, '|'))""";
    /** The known words a typo may stand for: letters only, two or more, as {@link DossierInbox#widenable} widens. */
    String TYPO_WORDS = "w.word ~ '^[a-z]{2,}$'";
    String NEAR_WORDS = """
            SELECT w.word FROM dossier_search_word w
             WHERE w.tenant_id = :tenantId AND similarity(w.word, :word) >= :threshold AND\s""" + TYPO_WORDS
            + " ORDER BY similarity(w.word, :word) DESC, w.word LIMIT 4";
    String WORDS_OF_LENGTH = """
            SELECT w.word FROM dossier_search_word w
             WHERE w.tenant_id = :tenantId AND length(w.word) BETWEEN :shortest AND :longest AND\s""" + TYPO_WORDS;
    String READ_IN_ORDER = "SELECT set_config('enable_bitmapscan', 'off', true) || set_config('enable_sort', 'off', true)"
            + " || set_config('max_parallel_workers_per_gather', '0', true)";
    /** Tra cứu hồ sơ without words: the whole center, any status or one. */
    String ALL_WHERE = """
             WHERE dossier_.tenant_id = :tenantId
               AND (CAST(:status AS text) IS NULL OR dossier_.status = :status)""";

    Dossier save(Dossier dossier);

    /** Optimistic: fails with {@code OptimisticLockException} if the row's version moved since it was read. */
    Dossier update(Dossier dossier);

    Optional<Dossier> findByTenantIdAndId(long tenantId, Long id);

    Optional<Dossier> findByTenantIdAndCode(long tenantId, String code);

    long countByTenantId(long tenantId);

    /**
     * The inbox: dossiers of a center in {@code statuses} (the open ones, {@link DossierStatus#open()}), optionally
     * only those due in [{@code dueFrom}, {@code dueBefore}), assigned to one
     * person, or whose current step belongs to one role; searched without diacritics over code, applicant and
     * procedure ({@code patterns}: "%w1%|%w2%").
     */
    @Query(value = "SELECT dossier_.* FROM dossier dossier_ " + INBOX_WHERE,
            countQuery = "SELECT count(*) FROM dossier dossier_ " + INBOX_WHERE)
    Page<Dossier> inbox(long tenantId, List<String> statuses, @Nullable Instant dueFrom, @Nullable Instant dueBefore,
                        @Nullable String assignee, @Nullable String stepRole,
                        String patterns, Pageable pageable);

    /** Every dossier of a center that has every word (a page; sort and limit from {@code pageable}). */
    @Query(SEARCH)
    List<Dossier> search(@Nullable String status, @Nullable String patterns, String words, Pageable pageable);

    /** How many dossiers {@link #search} finds, counting no further than {@code cap}. */
    @Query(COUNT_SEARCH)
    long countSearch(@Nullable String status, @Nullable String patterns, String words, int cap);

    /** Every dossier of a center whatever its status (tra cứu hồ sơ without words), optionally of one status. */
    @Query("SELECT dossier_.* FROM dossier dossier_ " + ALL_WHERE)
    List<Dossier> all(long tenantId, @Nullable String status, Pageable pageable);

    /** The API's filters (each may be empty): status, procedure code, received in [from, until), changed after. */
    String FILTER_WHERE = """
             WHERE dossier_.tenant_id = :tenantId
               AND (CAST(:status AS text) IS NULL OR dossier_.status = :status)
               AND (CAST(:procedure AS text) IS NULL OR dossier_.procedure_code = :procedure)
               AND (CAST(:from AS timestamptz) IS NULL OR dossier_.received_at >= :from)
               AND (CAST(:until AS timestamptz) IS NULL OR dossier_.received_at < :until)
               AND (CAST(:changedSince AS timestamptz) IS NULL OR dossier_.updated_at > :changedSince)""";

    @Query("SELECT dossier_.* FROM dossier dossier_ " + FILTER_WHERE)
    List<Dossier> filter(long tenantId, @Nullable String status, @Nullable String procedure, @Nullable java.time.Instant from,
                         @Nullable java.time.Instant until, @Nullable java.time.Instant changedSince, Pageable pageable);

    @Query("SELECT count(*) FROM (SELECT 1 FROM dossier dossier_ " + FILTER_WHERE + " LIMIT :cap) hits")
    long countFilter(long tenantId, @Nullable String status, @Nullable String procedure, @Nullable java.time.Instant from,
                     @Nullable java.time.Instant until, @Nullable java.time.Instant changedSince, int cap);

    /** How many dossiers {@link #all} lists, counting no further than {@code cap}. */
    @Query("SELECT count(*) FROM (SELECT 1 FROM dossier dossier_ " + ALL_WHERE + " LIMIT :cap) hits")
    long countAll(long tenantId, @Nullable String status, int cap);

    /**
     * The typo fallback: the first {@code cap} dossiers having every word of {@code words} (each word with its near
     * alternatives), most similar to {@code text} first; {@code pageable} only pages (no sort).
     */
    @Query(SIMILAR)
    List<Dossier> similar(@Nullable String status, @Nullable String patterns, String words, String text, int cap,
                         Pageable pageable);

    /** The center's known words that begin with one of {@code prefixes} ("w1%|w2%"; letters and digits only). */
    @Query(KNOWN_WORDS)
    List<String> knownWords(long tenantId, String prefixes);

    /** The center's known words nearest to {@code word} (trigram similarity at least {@code threshold}), best first. */
    @Query(NEAR_WORDS)
    List<String> nearWords(long tenantId, String word, double threshold);

    /** The center's known words of {@code shortest} to {@code longest} letters, for one-letter typos. */
    @Query(WORDS_OF_LENGTH)
    List<String> wordsOfLength(long tenantId, int shortest, int longest);

    /**
     * For the rest of the transaction, plans without bitmap scans: when a word matches many of the center's
     * dossiers, reading the center newest first and stopping at the page is cheaper than fetching every hit from
     * the word index to sort them (the index's estimate cannot know a word is common in one center only). Without
     * parallel workers either: misled by the same estimate, the planner starts one, whose start cost ~15 ms under
     * load against ~5 ms for reading the page (EXPLAIN at 1M, ops/bench/README.md). Nor sorting when an index gives
     * the order asked: the same low estimate otherwise lets it read the whole center through any index of it and sort.
     */
    @Query(READ_IN_ORDER)
    String readInOrder();

    /** Public look-up by code: runs on the provincial path (codes are unique per agency, so across centers). */
    List<Dossier> findByCode(String code);
}
