package vn.motcua.core.calendar;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A province maintains its working calendar year by year: propose it from the rules and the official
 * adjustments, edit the draft entry by entry, publish. Deadlines use the publication in force (see
 * {@link DeadlineService}); edits after a publication make a draft again until it is re-published as the
 * next version, and every publication is kept.
 * <p>
 * Provincial shared data (no tenant): writes run on the provincial path (the tenant role only reads these
 * tables), with the audit entry recorded in the same transaction in the log of {@code auditTenant}, the provincial
 * center of the acting person. Role checks are the
 * caller's (tenants module). Refusals are {@link InvalidInputException}s in Vietnamese; nothing is changed.
 */
@Singleton
public class ProvinceCalendarService {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final String TARGET = "province_calendar";
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final OfficialAdjustments OFFICIAL = OfficialAdjustments.bundled();

    private final ProvinceCalendarRepository calendars;
    private final ProvinceCalendarDayRepository days;
    private final CalendarReleaseRepository releases;
    private final CalendarReleaseDayRepository releaseDays;
    private final ProvinceOfficeHoursRepository officeHours;
    private final PublishedCalendars published;
    private final ProvincialScope province;
    private final TransactionOperations<Connection> plain;
    private final AuditLog audit;

    public ProvinceCalendarService(ProvinceCalendarRepository calendars, ProvinceCalendarDayRepository days,
                                   CalendarReleaseRepository releases, CalendarReleaseDayRepository releaseDays,
                                   ProvinceOfficeHoursRepository officeHours, PublishedCalendars published,
                                   ProvincialScope province, TransactionOperations<Connection> plain, AuditLog audit) {
        this.calendars = calendars;
        this.days = days;
        this.releases = releases;
        this.releaseDays = releaseDays;
        this.officeHours = officeHours;
        this.published = published;
        this.province = province;
        this.plain = plain;
        this.audit = audit;
    }

    /** The rule-based calendar of the year with the nationally announced changes, not saved. */
    public WorkingCalendar proposal(int year) {
        checkYear(year);
        return OFFICIAL.nationalCalendar(year);
    }

    /** The working copy of the province's year, if it has one. */
    public Optional<CalendarYear> find(String provinceCode, int year) {
        checkProvince(provinceCode);
        return plain.executeRead(status -> calendars.findByProvinceCodeAndYear(provinceCode, year).map(this::load));
    }

    /** Years the province has a calendar for, in order. */
    public List<ProvinceCalendar> years(String provinceCode) {
        checkProvince(provinceCode);
        return plain.executeRead(status -> calendars.findByProvinceCodeOrderByYear(provinceCode));
    }

    /** Every publication of the year, newest first. */
    public List<CalendarRelease> history(String provinceCode, int year) {
        checkProvince(provinceCode);
        return plain.executeRead(status -> releases.findByProvinceCodeAndYearOrderByReleaseNoDesc(provinceCode, year));
    }

    /** The entries of one publication. */
    public List<CalendarEntry> releaseEntries(CalendarRelease release) {
        return plain.executeRead(status -> releaseDays.findByReleaseIdOrderByEntryDate(release.id()).stream()
                .map(CalendarReleaseDay::toEntry).toList());
    }

    /**
     * Đề xuất theo quy định: the working copy becomes {@link #proposal(int)} (created if the year had none),
     * a draft until published. A publication in force stays in force until the next one.
     */
    public CalendarYear propose(CallContext ctx, String provinceCode, int year) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        WorkingCalendar proposal = proposal(year);
        return replace(auditTenant, actor, provinceCode, year, proposal, AuditAction.CALENDAR_PROPOSED);
    }

    /** Saves a whole draft (e.g. copied from another source): validated as a whole, replacing every entry. */
    public CalendarYear saveDraft(CallContext ctx, String provinceCode, int year,
                                  Collection<CalendarEntry> entries) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        checkYear(year);
        for (CalendarEntry e : entries) {
            checkInYear(e, year);
        }
        WorkingCalendar calendar = refusedAsInput(() -> WorkingCalendar.of(year, entries));
        return replace(auditTenant, actor, provinceCode, year, calendar, AuditAction.CALENDAR_DRAFT_SAVED);
    }

    /** Adds the entry, or replaces the one on its date. {@code expectedVersion}: the version the editor saw. */
    public CalendarYear putEntry(CallContext ctx, String provinceCode, int year, CalendarEntry entry,
                                 long expectedVersion) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        checkYear(year);
        checkInYear(entry, year);
        return edit(auditTenant, actor, provinceCode, year, expectedVersion, AuditAction.CALENDAR_ENTRY_PUT,
                current -> current.with(entry),
                (header, before) -> {
                    days.deleteByCalendarIdAndEntryDate(header.id(), entry.date());
                    days.save(ProvinceCalendarDay.of(header.id(), entry));
                    return describe(entry) + before.entryOn(entry.date()).map(e -> " (thay " + e.name() + ")").orElse("");
                });
    }

    /** Removes the entry on the date: the day becomes a plain weekday or weekend day again. */
    public CalendarYear removeEntry(CallContext ctx, String provinceCode, int year, LocalDate date,
                                    long expectedVersion) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        checkYear(year);
        if (date.getYear() != year) {
            throw InvalidInputException.of("date", "calendar.entry.outside.year", VI_DATE.format(date), String.valueOf(year));
        }
        return edit(auditTenant, actor, provinceCode, year, expectedVersion, AuditAction.CALENDAR_ENTRY_REMOVED,
                current -> current.without(date),
                (header, before) -> {
                    days.deleteByCalendarIdAndEntryDate(header.id(), date);
                    return "bỏ " + before.entryOn(date).map(ProvinceCalendarService::describe).orElse(VI_DATE.format(date));
                });
    }

    /**
     * Công bố: the working copy becomes the next publication (version 1, 2, …), which deadlines use from now
     * on. Refused when nothing changed since the last publication.
     */
    public CalendarYear publish(CallContext ctx, String provinceCode, int year, long expectedVersion) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        checkProvince(provinceCode);
        CalendarYear result = province.sharedWrite(() -> {
            ProvinceCalendar header = calendars.findByProvinceCodeAndYear(provinceCode, year)
                    .orElseThrow(() -> notFound(year));
            if (header.version() != expectedVersion) {
                throw new ConcurrentChangeException("calendar " + provinceCode + "/" + year);
            }
            if (header.status() == CalendarStatus.PUBLISHED) {
                throw InvalidInputException.of("calendar", "calendar.nothing.to.publish", String.valueOf(year));
            }
            CalendarYear current = load(header);
            CalendarRelease release = releases.save(new CalendarRelease(null, header.id(), provinceCode, year,
                    header.publishedVersion() + 1, current.workingDays(), null, actor.username()));
            releaseDays.saveAll(current.entries().stream().map(e -> CalendarReleaseDay.of(release.id(), e)).toList());
            ProvinceCalendar saved = DataErrors.optimistic("calendar",
                    () -> calendars.update(header.published(release, expectedVersion)));
            audit.record(auditTenant, actor, AuditAction.CALENDAR_PUBLISHED, TARGET, header.id(), provinceCode + "/" + year
                    + ": phiên bản " + release.releaseNo() + ", " + current.workingDays() + " ngày làm việc, "
                    + current.entries().size() + " mục");
            return new CalendarYear(saved, current.calendar());
        });
        published.invalidate(provinceCode, year);
        return result;
    }

    /** The province's office hours, the defaults (07:00–11:30, 13:30–17:00, cut-off 15:00) if it has none. */
    public OfficeHours officeHours(String provinceCode) {
        checkProvince(provinceCode);
        return plain.executeRead(status -> officeHours.findById(provinceCode))
                .map(ProvinceOfficeHours::toOfficeHours).orElseGet(OfficeHours::standard);
    }

    /** Changes the province's office hours (two sessions and the same-day cut-off); used by new deadlines. */
    public OfficeHours saveOfficeHours(CallContext ctx, String provinceCode, OfficeHours hours) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        checkProvince(provinceCode);
        ProvinceOfficeHours wanted = refusedAsInput(() -> ProvinceOfficeHours.of(provinceCode, hours, null));
        OfficeHours saved = province.sharedWrite(() -> {
            Optional<ProvinceOfficeHours> existing = officeHours.findById(provinceCode);
            ProvinceOfficeHours row = existing.isPresent()
                    ? officeHours.update(ProvinceOfficeHours.of(provinceCode, hours, existing.get().version()))
                    : officeHours.save(wanted);
            audit.record(auditTenant, actor, AuditAction.OFFICE_HOURS_SAVED, "province_office_hours", provinceCode,
                    hours.sessions() + ", sau " + hours.sameDayCutoff());
            return row.toOfficeHours();
        });
        published.invalidateOfficeHours(provinceCode);
        return saved;
    }

    private CalendarYear replace(TenantId auditTenant, Actor actor, String provinceCode, int year,
                                 WorkingCalendar calendar, AuditAction action) {
        checkProvince(provinceCode);
        try {
            return province.sharedWrite(() -> {
                Optional<ProvinceCalendar> existing = calendars.findByProvinceCodeAndYear(provinceCode, year);
                ProvinceCalendar header = existing.isPresent()
                        ? DataErrors.optimistic("calendar", () -> calendars.update(existing.get().edited(existing.get().version())))
                        : calendars.save(ProvinceCalendar.draft(provinceCode, year));
                days.deleteByCalendarId(header.id());
                days.saveAll(calendar.entries().stream().map(e -> ProvinceCalendarDay.of(header.id(), e)).toList());
                audit.record(auditTenant, actor, action, TARGET, header.id(), provinceCode + "/" + year + ": "
                        + calendar.entries().size() + " mục, " + calendar.workingDaysIn(year) + " ngày làm việc");
                return new CalendarYear(header, calendar);
            });
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                throw new ConcurrentChangeException("calendar " + provinceCode + "/" + year);
            }
            throw e;
        }
    }

    private interface Change {
        /** Writes the change of the entries; returns the audit detail. */
        String write(ProvinceCalendar header, WorkingCalendar before);
    }

    private CalendarYear edit(TenantId auditTenant, Actor actor, String provinceCode, int year, long expectedVersion,
                              AuditAction action, Function<WorkingCalendar, WorkingCalendar> change, Change write) {
        checkProvince(provinceCode);
        return province.sharedWrite(() -> {
            ProvinceCalendar header = calendars.findByProvinceCodeAndYear(provinceCode, year)
                    .orElseThrow(() -> notFound(year));
            WorkingCalendar before = load(header).calendar();
            // validated before anything is written: a refused edit leaves the stored calendar as it was
            WorkingCalendar after = refusedAsInput(() -> change.apply(before));
            ProvinceCalendar saved = DataErrors.optimistic("calendar", () -> calendars.update(header.edited(expectedVersion)));
            String detail = write.write(header, before);
            audit.record(auditTenant, actor, action, TARGET, header.id(), provinceCode + "/" + year + ": " + detail);
            return new CalendarYear(saved, after);
        });
    }

    private CalendarYear load(ProvinceCalendar header) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (ProvinceCalendarDay d : days.findByCalendarIdOrderByEntryDate(header.id())) {
            entries.add(d.toEntry());
        }
        return new CalendarYear(header, WorkingCalendar.of(header.year(), entries));
    }

    private static <T> T refusedAsInput(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (CalendarException e) {
            throw InvalidInputException.of("calendar", "calendar.refused", e.getMessage());
        }
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.of("year", "calendar.year.invalid", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }

    private static void checkProvince(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            throw InvalidInputException.of("provinceCode", "calendar.province.required");
        }
    }

    private static void checkInYear(CalendarEntry entry, int year) {
        if (entry.date().getYear() != year) {
            throw InvalidInputException.of("date", "calendar.entry.outside.year", VI_DATE.format(entry.date()),
                    String.valueOf(year));
        }
        if (entry.name().length() > 200) {
            throw InvalidInputException.of("name", "too.long", "", "200");
        }
    }

    private static NotFoundException notFound(int year) {
        return new NotFoundException("calendar", year);
    }

    private static String describe(CalendarEntry e) {
        return VI_DATE.format(e.date()) + " " + e.kind() + " " + e.name();
    }
}
