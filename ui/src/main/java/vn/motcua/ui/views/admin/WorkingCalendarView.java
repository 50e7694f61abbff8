package vn.motcua.ui.views.admin;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarStatus;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.calendar.ProvinceCalendarAdmin;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Provincial IT: the province's working calendar of a year (holidays, days off, weekend days worked), proposed
 * from the rules, edited, then published; deadlines of every center of the province use the publication.
 */
@Route(value = "tinh/lich-lam-viec", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class WorkingCalendarView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ProvinceCalendarAdmin calendars;
    private final Principal principal;
    final ComboBox<Integer> year = new ComboBox<>(Texts.t("calendar.year"));
    final Span status = new Span();
    final Span workingDays = new Span();
    final Span published = new Span();
    /** From 1 November while next year's calendar is unpublished. */
    final Span nextYearWarning = new Span();
    final Button propose = new Button(Texts.t("calendar.propose"), VaadinIcon.MAGIC.create());
    final Button add = new Button(Texts.t("calendar.addDay"), VaadinIcon.PLUS.create());
    final Button publish = new Button(Texts.t("calendar.publish"), VaadinIcon.CHECK_CIRCLE.create());
    final Grid<CalendarEntry> grid = new Grid<>();
    final MonthsView months = new MonthsView();
    private CalendarYear current;

    private final CallContexts calls;

    public WorkingCalendarView(ProvinceCalendarAdmin calendars, CallContexts calls) {
        this.calls = calls;
        this.calendars = calendars;
        this.principal = Session.require();
        setSizeFull();

        int thisYear = calls.time().today().getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 2).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.setAllowCustomValue(false);
        year.setWidth("8em");
        year.setId("calendar-year");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reload();
            }
        });
        status.setId("calendar-status");
        workingDays.setId("calendar-working-days");
        published.setId("calendar-published");
        nextYearWarning.setId("calendar-next-year-warning");
        nextYearWarning.getElement().getThemeList().add("badge error");
        nextYearWarning.getStyle().set("white-space", "normal");

        propose.setId("calendar-propose");
        propose.addClickListener(e -> confirmPropose());
        add.setId("calendar-add");
        add.addClickListener(e -> {
            if (current != null) {
                CalendarYear editing = current;
                new CalendarEntryDialog(editing.year(), entry -> calendars.putEntry(calls.current(), editing.year(), entry,
                        editing.version()), this::reload).open();
            }
        });
        publish.setId("calendar-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());

        grid.addColumn(entry -> DATE.format(entry.date())).setHeader(Texts.t("calendar.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> weekday(entry.date())).setHeader(Texts.t("calendar.weekdayColumn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.kind().label()).setHeader(Texts.t("calendar.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CalendarEntry::name).setHeader(Texts.t("calendar.name")).setFlexGrow(3);
        grid.addComponentColumn(entry -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(entry));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", Texts.t("calendar.removeDate", DATE.format(entry.date())));
            remove.setId("calendar-remove-" + entry.date());
            return remove;
        }).setHeader("").setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setId("calendar-grid");

        OfficeHours hours = calendars.officeHours(calls.current());
        Span hoursText = new Span(Texts.t("calendar.officeHours", hours.sessions().stream()
                .map(s -> s.start() + "–" + s.end()).collect(Collectors.joining(", ")), hours.sameDayCutoff()));
        hoursText.getStyle().set("color", "var(--lumo-secondary-text-color)");
        hoursText.setId("calendar-office-hours");

        HorizontalLayout top = new HorizontalLayout(year, status, workingDays);
        top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(propose, add, publish);
        add(new H2(Texts.t("calendar.heading")), nextYearWarning, top, published, hoursText, actions, grid, months);
        expand(grid);
        reload();
    }

    private void reload() {
        Optional<Integer> unpublished = calendars.unpublishedNextYear(calls.current());
        nextYearWarning.setVisible(unpublished.isPresent());
        nextYearWarning.setText(unpublished.map(next -> Texts.t("calendar.nextYearUnpublished", String.valueOf(next))).orElse(""));
        int y = year.getValue();
        Optional<CalendarYear> found = calendars.find(calls.current(), y);
        current = found.orElse(null);
        status.getElement().getThemeList().clear();
        if (current == null) {
            status.setText(Texts.t("calendar.none"));
            status.getElement().getThemeList().add("badge contrast");
            workingDays.setText("");
            published.setText(Texts.t("calendar.noYear", y));
            grid.setItems(List.of());
            months.show(y, null);
        } else {
            status.setText(current.status().label());
            status.getElement().getThemeList().add(current.status() == CalendarStatus.PUBLISHED ? "badge success" : "badge");
            workingDays.setText(Texts.t("calendar.workingDays", current.workingDays()));
            published.setText(publishedText(current));
            grid.setItems(current.entries());
            months.show(y, current);
        }
        add.setEnabled(current != null);
        publish.setEnabled(current != null && current.status() == CalendarStatus.DRAFT);
    }

    private static String publishedText(CalendarYear y) {
        if (y.publishedVersion() == 0) {
            return Texts.t("calendar.unpublished");
        }
        String text = y.header().publishedAt() == null
                ? Texts.t("calendar.published", y.publishedVersion(), y.header().publishedBy())
                : Texts.t("calendar.publishedAt", y.publishedVersion(),
                        DATE_TIME.format(LocalDateTime.ofInstant(y.header().publishedAt(), OfficeHours.VIETNAM)), y.header().publishedBy());
        return y.status() == CalendarStatus.DRAFT ? text + " " + Texts.t("calendar.unpublishedChanges") : text;
    }

    private void confirmPropose() {
        int y = year.getValue();
        if (current == null) {
            run(() -> calendars.propose(calls.current(), y), Texts.t("calendar.proposed", y));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(Texts.t("calendar.proposeAgainTitle", y), Texts.t("calendar.proposeAgainText"),
                Texts.t("calendar.proposeAgain"), e -> run(() -> calendars.propose(calls.current(), y), Texts.t("calendar.proposedAgain", y)));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.open();
    }

    private void confirmRemove(CalendarEntry entry) {
        ConfirmDialog dialog = new ConfirmDialog(Texts.t("calendar.removeDate", DATE.format(entry.date())),
                Texts.t("calendar.removeText", entry.name(), entry.kind().label().toLowerCase(), DATE.format(entry.date())),
                Texts.t("calendar.removeDay"), e -> run(() -> calendars.removeEntry(calls.current(), year.getValue(), entry.date(),
                current.version()), Texts.t("calendar.removed", DATE.format(entry.date()))));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmPublish() {
        int y = year.getValue();
        ConfirmDialog dialog = new ConfirmDialog(Texts.t("calendar.publishTitle", y), Texts.t("calendar.publishText", current.workingDays()),
                Texts.t("calendar.publish"), e -> run(() -> calendars.publish(calls.current(), y, current.version()),
                Texts.t("calendar.publishedNotice", y)));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.open();
    }

    /** Runs a change and shows its outcome; true when it was saved. */
    private boolean run(java.util.function.Supplier<CalendarYear> change, String success) {
        try {
            change.get();
            Notices.success(success);
            reload();
            return true;
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        } catch (ConcurrentChangeException e) {
            Notices.error(Messages.vi("concurrent.change"));
            reload();
        }
        return false;
    }

    static String weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> Texts.t("calendar.weekday.monday");
            case TUESDAY -> Texts.t("calendar.weekday.tuesday");
            case WEDNESDAY -> Texts.t("calendar.weekday.wednesday");
            case THURSDAY -> Texts.t("calendar.weekday.thursday");
            case FRIDAY -> Texts.t("calendar.weekday.friday");
            case SATURDAY -> Texts.t("calendar.weekday.saturday");
            case SUNDAY -> Texts.t("calendar.weekday.sunday");
        };
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.calendar");
    }
}
