package vn.motcua.core.calendar;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendars deadlines are computed with, cached in memory: per province and year, the publication in
 * force, or — for a year the province has not published yet — the proposed national calendar
 * ({@link OfficialAdjustments#nationalCalendar(int)}), which is logged so nobody is surprised.
 * <p>
 * A publication on this node invalidates its year at once ({@link #invalidate}); other nodes notice it within
 * {@link #RECHECK}: a cached year older than that is re-validated with one small query (the latest release
 * number), and reloaded only if it changed. Office hours are cached the same way.
 */
@Singleton
public class PublishedCalendars {
    static final Duration RECHECK = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PublishedCalendars.class);
    private static final OfficialAdjustments OFFICIAL = OfficialAdjustments.bundled();

    private final CalendarReleaseRepository releases;
    private final CalendarReleaseDayRepository releaseDays;
    private final ProvinceOfficeHoursRepository officeHours;
    private final TransactionOperations<Connection> transactions;
    private final Map<Key, Cached> years = new ConcurrentHashMap<>();
    private final Map<String, CachedHours> hours = new ConcurrentHashMap<>();

    public PublishedCalendars(CalendarReleaseRepository releases, CalendarReleaseDayRepository releaseDays,
                              ProvinceOfficeHoursRepository officeHours, TransactionOperations<Connection> transactions) {
        this.releases = releases;
        this.releaseDays = releaseDays;
        this.officeHours = officeHours;
        this.transactions = transactions;
    }

    /** The calendar in force for the given years (inclusive), joined into one. */
    public WorkingCalendar years(String provinceCode, int fromYear, int toYear) {
        WorkingCalendar result = year(provinceCode, fromYear);
        for (int y = fromYear + 1; y <= toYear; y++) {
            result = result.merge(year(provinceCode, y));
        }
        return result;
    }

    /** The calendar in force for one year. */
    public WorkingCalendar year(String provinceCode, int year) {
        Key key = new Key(provinceCode, year);
        long now = System.nanoTime();
        Cached cached = years.get(key);
        if (cached != null && now - cached.checkedAt() < RECHECK.toNanos()) {
            return cached.calendar();
        }
        Cached fresh = transactions.executeRead(status -> {
            Optional<CalendarRelease> latest = releases.findFirstByProvinceCodeAndYearOrderByReleaseNoDesc(provinceCode, year);
            int releaseNo = latest.map(CalendarRelease::releaseNo).orElse(0);
            if (cached != null && cached.releaseNo() == releaseNo) {
                return new Cached(cached.calendar(), releaseNo, now);
            }
            if (latest.isEmpty()) {
                LOG.warn("Province {} has not published its {} working calendar: deadlines use the proposed national "
                        + "calendar (holiday rules + official adjustments) until it does", provinceCode, year);
                return new Cached(OFFICIAL.nationalCalendar(year), 0, now);
            }
            List<CalendarEntry> entries = releaseDays.findByReleaseIdOrderByEntryDate(latest.get().id()).stream()
                    .map(CalendarReleaseDay::toEntry).toList();
            return new Cached(WorkingCalendar.of(year, entries), releaseNo, now);
        });
        years.put(key, fresh);
        return fresh.calendar();
    }

    /** Whether the year has a publication (false: the proposed national calendar is used). */
    public boolean isPublished(String provinceCode, int year) {
        return transactions.executeRead(status ->
                releases.findFirstByProvinceCodeAndYearOrderByReleaseNoDesc(provinceCode, year).isPresent());
    }

    public OfficeHours officeHours(String provinceCode) {
        long now = System.nanoTime();
        CachedHours cached = hours.get(provinceCode);
        if (cached != null && now - cached.checkedAt() < RECHECK.toNanos()) {
            return cached.hours();
        }
        OfficeHours loaded = transactions.executeRead(status -> officeHours.findById(provinceCode))
                .map(ProvinceOfficeHours::toOfficeHours).orElseGet(OfficeHours::standard);
        hours.put(provinceCode, new CachedHours(loaded, now));
        return loaded;
    }

    /** Called after a publication commits. */
    public void invalidate(String provinceCode, int year) {
        years.remove(new Key(provinceCode, year));
    }

    /** Called after a change of office hours commits. */
    public void invalidateOfficeHours(String provinceCode) {
        hours.remove(provinceCode);
    }

    private record Key(String provinceCode, int year) {
    }

    private record Cached(WorkingCalendar calendar, int releaseNo, long checkedAt) {
    }

    private record CachedHours(OfficeHours hours, long checkedAt) {
    }
}
