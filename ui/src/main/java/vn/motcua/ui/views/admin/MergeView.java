package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.slip.HandoverSheet;
import vn.motcua.tenants.onboarding.OfficialUnit;
import vn.motcua.tenants.onboarding.Onboarded;
import vn.motcua.tenants.onboarding.OnboardingForm;
import vn.motcua.tenants.onboarding.OnboardingService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.merge.AccountChoice;
import vn.motcua.tenants.merge.MergeCounts;
import vn.motcua.tenants.merge.MergeJobs;
import vn.motcua.tenants.merge.MergePhase;
import vn.motcua.tenants.merge.MergePreview;
import vn.motcua.tenants.merge.MergeRequest;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;
import vn.motcua.core.text.VietnameseOrder;

import java.time.format.DateTimeFormatter;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Provincial IT merges centers already on MotCua: choose the centers and the target (one of them, or a new center from
 * the official list onboarded in the same step), preview what moves with the choices per account, per differing
 * workflow and, for a source split in part with other successors, per open dossier; confirm, watch the phases, read
 * the counts.
 */
@Route(value = "tinh/sap-nhap", layout = MainLayout.class)
@RequiresPermission(Permission.MERGE_CENTERS)
@Prototype
public class MergeView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(MergeView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final MultiSelectComboBox<ServiceCenter> chosen = new MultiSelectComboBox<>(Texts.t("merge.centers"));
    final ComboBox<ServiceCenter> target = new ComboBox<>(Texts.t("merge.target"));
    final DatePicker effective = VietnameseDates.of(new DatePicker(Texts.t("merge.effective")));
    final Button previewButton = new Button(Texts.t("merge.preview"));
    final Button runButton = new Button(Texts.t("merge.run"));
    final VerticalLayout previewArea = new VerticalLayout();
    final ProgressBar progress = new ProgressBar();
    final Span phaseText = new Span();
    final Grid<MergeCounts.Line> counts = new Grid<>();
    final Map<Long, ComboBox<AccountChoice>> accountChoices = new LinkedHashMap<>();
    final Map<String, Select<Long>> workflowChoices = new LinkedHashMap<>();
    /** The target is a new center from the official list, onboarded in the same step. */
    final Checkbox newTarget = new Checkbox(Texts.t("merge.newTarget"));
    final ComboBox<OfficialUnit> newUnit = new ComboBox<>(Texts.t("merge.newUnit"));
    final TextField newAgencyCode = new TextField(Texts.t("center.field.agencyCode"));
    final TextField newDirector = new TextField(Texts.t("onboard.directorName"));
    final HorizontalLayout newTargetFields;
    final VerticalLayout handover = new VerticalLayout();
    /** Per source split in part: the other successors chosen (kept across previews). */
    final Map<Long, Set<Long>> splitWith = new LinkedHashMap<>();
    final Map<Long, MultiSelectComboBox<ServiceCenter>> splitWithBoxes = new LinkedHashMap<>();
    final Map<Long, Select<Long>> splitMain = new LinkedHashMap<>();
    final Map<Long, Map<Long, Select<Long>>> splitDossiers = new LinkedHashMap<>();
    /** The new center onboarded with the merge: its handover sheet stays downloadable on this page. */
    Onboarded onboarded;
    byte[] sheetPdf;
    /** Tests run the job on the page's own thread; people get a worker thread and the progress bar. */
    boolean inline;
    MergePreview preview;

    private final MergeJobs merges;
    private final CallContexts calls;
    private final List<ServiceCenter> communes;

    public MergeView(MergeJobs merges, CenterService centers, OnboardingService onboarding, CallContexts calls) {
        this.merges = merges;
        this.calls = calls;
        setWidthFull();
        CallContext ctx = calls.current();
        communes = new ArrayList<>(centers.search(ctx, null, null, CenterStatus.ACTIVE, 0, 500, "name", true)
                .getContent().stream().filter(c -> c.type() != CenterType.TINH).toList());
        communes.sort(VietnameseOrder.by(ServiceCenter::name));
        List<OfficialUnit> units = onboarding.officialUnits(ctx).stream().filter(u -> !u.onboarded()).toList();
        newUnit.setItems((item, filter) -> item.matches(filter), units);
        newUnit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")");
        newUnit.setPlaceholder(Texts.t("onboard.unitPlaceholder"));
        newUnit.setWidth("26em");
        newUnit.setId("merge-new-unit");
        newAgencyCode.setPlaceholder("000.00.00.H56");
        newAgencyCode.setId("merge-new-agency");
        newAgencyCode.setWidth("12em");
        newDirector.setId("merge-new-director");
        newDirector.setWidth("16em");
        newTarget.setId("merge-new-target");
        newTargetFields = new HorizontalLayout(newUnit, newAgencyCode, newDirector);
        newTargetFields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        newTargetFields.setWrap(true);
        newTargetFields.setVisible(false);
        newTarget.addValueChangeListener(e -> {
            newTargetFields.setVisible(e.getValue());
            target.setVisible(!e.getValue());
            clearPreview();
        });
        newUnit.addValueChangeListener(e -> clearPreview());
        handover.setPadding(false);
        handover.setId("merge-handover");
        handover.setVisible(false);
        chosen.setItems(communes);
        chosen.setItemLabelGenerator(c -> c.displayName() + " (" + c.code() + ")");
        chosen.setWidth("40em");
        chosen.setId("merge-centers");
        target.setItemLabelGenerator(c -> c.displayName() + " (" + c.code() + ")");
        target.setId("merge-target");
        target.setWidth("20em");
        chosen.addValueChangeListener(e -> {
            List<ServiceCenter> picked = e.getValue().stream().sorted(VietnameseOrder.by(ServiceCenter::name)).toList();
            ServiceCenter was = target.getValue();
            target.setItems(picked);
            if (was != null && picked.contains(was)) {
                target.setValue(was);
            }
            clearPreview();
        });
        target.addValueChangeListener(e -> clearPreview());
        effective.setValue(calls.time().today());
        effective.setId("merge-effective");
        previewButton.setId("merge-preview");
        previewButton.addClickListener(e -> preview());
        runButton.setId("merge-run");
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        runButton.setEnabled(false);
        runButton.addClickListener(e -> confirm());
        progress.setVisible(false);
        progress.setId("merge-progress");
        phaseText.setId("merge-phase");
        previewArea.setPadding(false);
        previewArea.setId("merge-preview-area");
        counts.setId("merge-counts");
        counts.addColumn(MergeCounts.Line::table).setHeader(Texts.t("merge.counts.table")).setAutoWidth(true);
        counts.addColumn(MergeCounts.Line::sourcesBefore).setHeader(Texts.t("merge.counts.sourcesBefore"));
        counts.addColumn(MergeCounts.Line::targetBefore).setHeader(Texts.t("merge.counts.targetBefore"));
        counts.addColumn(MergeCounts.Line::sourcesAfter).setHeader(Texts.t("merge.counts.sourcesAfter"));
        counts.addColumn(MergeCounts.Line::targetAfter).setHeader(Texts.t("merge.counts.targetAfter"));
        counts.addColumn(l -> l.ok() ? Texts.t("merge.counts.ok") : Texts.t("merge.counts.differs", l.expectedSourcesAfter(),
                l.expectedTargetAfter())).setHeader(Texts.t("merge.counts.check")).setAutoWidth(true);
        counts.setAllRowsVisible(true);
        counts.setVisible(false);
        HorizontalLayout choose = new HorizontalLayout(chosen, target, effective, previewButton);
        choose.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        choose.setWrap(true);
        add(new H2(Texts.t("merge.heading")), new Paragraph(Texts.t("merge.explain")), choose, newTarget, newTargetFields, previewArea,
                new HorizontalLayout(runButton, phaseText), progress, handover, counts);
    }

    private void clearPreview() {
        preview = null;
        previewArea.removeAll();
        runButton.setEnabled(false);
        accountChoices.clear();
        workflowChoices.clear();
        splitWithBoxes.clear();
        splitMain.clear();
        splitDossiers.clear();
    }

    private List<Long> chosenIds() {
        return chosen.getValue().stream().map(ServiceCenter::id).sorted().toList();
    }

    void preview() {
        clearPreview();
        if (newTarget.getValue() ? newUnit.getValue() == null : target.getValue() == null) {
            Notices.error(Texts.t("merge.noTarget"));
            return;
        }
        try {
            if (newTarget.getValue()) {
                preview = merges.previewIntoNewCenter(calls.current(), newUnit.getValue().code(), chosenIds());
            } else {
                splitWith.keySet().retainAll(chosenIds());
                splitWith.values().removeIf(Set::isEmpty);
                Map<Long, List<Long>> with = new LinkedHashMap<>();
                splitWith.forEach((id, others) -> with.put(id, List.copyOf(others)));
                preview = merges.preview(calls.current(), target.getValue().id(), chosenIds(), with);
            }
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
            return;
        }
        previewArea.add(new H3(Texts.t("merge.previewHeading", preview.targetName())));
        for (MergePreview.Source s : preview.sources()) {
            previewArea.add(source(s));
        }
        if (preview.blocked()) {
            for (var p : preview.blockers()) {
                Span blocker = new Span(p.message());
                blocker.getElement().getThemeList().add("badge error");
                previewArea.add(blocker);
            }
        }
        runButton.setEnabled(!preview.blocked());
    }

    private VerticalLayout source(MergePreview.Source s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)");
        box.add(new H3(s.name()));
        String byStatus = s.openByStatus().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        String byStep = s.openByStep().entrySet().stream().map(e -> e.getKey() <= 0 ? Texts.t("merge.noStep", e.getValue())
                : Texts.t("merge.step", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        box.add(new Paragraph(Texts.t("merge.open", s.open(), byStatus.isEmpty() ? "—" : byStatus, byStep.isEmpty() ? "—" : byStep)),
                new Paragraph(Texts.t("merge.closed", s.closed())),
                new Paragraph(Texts.t("merge.documents", s.documents(), String.format("%.1f", s.documentBytes() / 1_048_576.0))),
                new Paragraph(Texts.t("merge.countersEquipment", s.counters(), s.equipment())),
                new Paragraph(s.proceduresAdded().isEmpty() ? Texts.t("merge.proceduresNone")
                        : Texts.t("merge.procedures", s.proceduresAdded().size(), String.join("; ", s.proceduresAdded()))),
                new Paragraph(s.receiptCollisions().isEmpty() ? Texts.t("merge.receiptsNone")
                        : Texts.t("merge.receipts", String.join(", ", s.receiptCollisions()))),
                new Paragraph(s.usernameCollisions().isEmpty() ? Texts.t("merge.usernamesNone")
                        : Texts.t("merge.usernames", String.join(", ", s.usernameCollisions()))));
        if (!newTarget.getValue()) {
            box.add(splitSection(s));
        }
        Grid<MergePreview.Account> accounts = new Grid<>();
        accounts.addColumn(MergePreview.Account::fullName).setHeader(Texts.t("merge.account.name")).setFlexGrow(2)
                .setTooltipGenerator(MergePreview.Account::username);
        accounts.addColumn(a -> a.role().label()).setHeader(Texts.t("merge.account.role")).setAutoWidth(true);
        accounts.addColumn(a -> a.active() ? Texts.t("merge.account.active") : Texts.t("merge.account.inactive"))
                .setHeader(Texts.t("merge.account.state")).setAutoWidth(true);
        for (MergePreview.Account a : s.accounts()) {
            ComboBox<AccountChoice> choice = new ComboBox<>();
            choice.setItems(AccountChoice.values());
            choice.setItemLabelGenerator(c -> Texts.t("merge.choice." + c.name()));
            choice.setValue(a.proposed());
            choice.setWidth("18em");
            choice.setId("account-choice-" + a.userId());
            accountChoices.put(a.userId(), choice);
        }
        accounts.addComponentColumn(a -> accountChoices.get(a.userId())).setHeader(Texts.t("merge.account.choice"))
                .setWidth("20em").setFlexGrow(0);
        accounts.setItems(s.accounts());
        accounts.setAllRowsVisible(true);
        box.add(new Paragraph(Texts.t("merge.accounts", s.accounts().size())), accounts);
        if (!s.workflows().isEmpty()) {
            Grid<MergePreview.WorkflowDifference> workflows = new Grid<>();
            workflows.addColumn(MergePreview.WorkflowDifference::procedureCode).setHeader(Texts.t("merge.workflow.procedure")).setAutoWidth(true);
            workflows.addColumn(w -> Texts.t("merge.workflow.versions", w.sourceVersion(),
                    w.targetVersion() == null ? Texts.t("merge.workflow.default") : String.valueOf(w.targetVersion())))
                    .setHeader(Texts.t("merge.workflow.versionsHeader")).setFlexGrow(1);
            Map<MergePreview.WorkflowDifference, Select<Long>> selects = new LinkedHashMap<>();
            for (MergePreview.WorkflowDifference w : s.workflows()) {
                Select<Long> from = new Select<>();
                from.setItems(preview.targetId(), w.sourceId());
                from.setItemLabelGenerator(id -> id == preview.targetId() ? Texts.t("merge.workflow.keepTarget")
                        : Texts.t("merge.workflow.takeSource", s.name()));
                from.setValue(preview.targetId());
                workflowChoices.put(w.procedureCode(), from);
                selects.put(w, from);
            }
            workflows.addComponentColumn(selects::get).setHeader(Texts.t("merge.workflow.choice")).setFlexGrow(1);
            workflows.setItems(s.workflows());
            workflows.setAllRowsVisible(true);
            box.add(workflows);
        }
        return box;
    }

    /**
     * Whether the source is split in part with other successors (chosen here; the preview then runs again), and if
     * so where its staff and closed dossiers go and, per open dossier, its destination.
     */
    private VerticalLayout splitSection(MergePreview.Source s) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        MultiSelectComboBox<ServiceCenter> with = new MultiSelectComboBox<>(Texts.t("merge.split.with"));
        Set<Long> chosenIds = Set.copyOf(chosenIds());
        with.setItems(communes.stream().filter(c -> !chosenIds.contains(c.id())).toList());
        with.setItemLabelGenerator(c -> c.displayName() + " (" + c.code() + ")");
        with.setHelperText(Texts.t("merge.split.help"));
        with.setWidth("32em");
        with.setId("split-with-" + s.centerId());
        splitWithBoxes.put(s.centerId(), with);
        Set<Long> current = splitWith.getOrDefault(s.centerId(), Set.of());
        with.setValue(communes.stream().filter(c -> current.contains(c.id())).collect(java.util.stream.Collectors.toSet()));
        with.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue().equals(e.getOldValue())) {
                return;
            }
            splitWith.put(s.centerId(), new LinkedHashSet<>(e.getValue().stream().map(ServiceCenter::id).toList()));
            // the successors change what the preview shows: it runs again
            preview();
        });
        section.add(with);
        MergePreview.Split split = s.split();
        if (split == null) {
            return section;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        split.successors().forEach(n -> names.put(n.centerId(), n.name()));
        Paragraph larger = new Paragraph(Texts.t("merge.split.larger", names.get(split.largerPart()), split.largerPartReason()));
        larger.setId("split-larger-" + s.centerId());
        Select<Long> main = new Select<>();
        main.setLabel(Texts.t("merge.split.main"));
        main.setItems(names.keySet());
        main.setItemLabelGenerator(names::get);
        main.setValue(split.largerPart());
        main.setId("split-main-" + s.centerId());
        main.setWidth("34em");
        splitMain.put(s.centerId(), main);
        Map<Long, Select<Long>> destinations = new LinkedHashMap<>();
        for (MergePreview.OpenDossier d : split.dossiers()) {
            Select<Long> to = new Select<>();
            to.setItems(names.keySet());
            to.setItemLabelGenerator(names::get);
            to.setValue(split.largerPart());
            to.setWidth("15em");
            to.setId("split-to-" + d.id());
            destinations.put(d.id(), to);
        }
        splitDossiers.put(s.centerId(), destinations);
        Grid<MergePreview.OpenDossier> dossiers = new Grid<>();
        dossiers.addColumn(MergePreview.OpenDossier::code).setHeader(Texts.t("merge.split.code")).setAutoWidth(true);
        dossiers.addColumn(MergePreview.OpenDossier::applicant).setHeader(Texts.t("merge.split.applicant")).setFlexGrow(1);
        dossiers.addColumn(MergePreview.OpenDossier::status).setHeader(Texts.t("merge.split.status")).setAutoWidth(true);
        dossiers.addColumn(d -> DAY.format(BusinessTime.localDate(d.receivedAt()))).setHeader(Texts.t("merge.split.received"))
                .setAutoWidth(true);
        dossiers.addComponentColumn(d -> destinations.get(d.id())).setHeader(Texts.t("merge.split.destination")).setWidth("16em")
                .setFlexGrow(0);
        dossiers.setItems(split.dossiers());
        dossiers.setId("split-dossiers-" + s.centerId());
        if (split.dossiers().size() <= 10) {
            dossiers.setAllRowsVisible(true);
        } else {
            dossiers.setHeight("24em");
        }
        section.add(larger, main, new Paragraph(Texts.t("merge.split.dossiers", split.dossiers().size())), dossiers);
        return section;
    }

    MergeRequest request() {
        Map<Long, AccountChoice> accounts = new LinkedHashMap<>();
        accountChoices.forEach((id, box) -> accounts.put(id, box.getValue() == null ? AccountChoice.KEEP : box.getValue()));
        Map<String, Long> workflows = new LinkedHashMap<>();
        workflowChoices.forEach((code, select) -> {
            if (select.getValue() != null && select.getValue() != preview.targetId()) {
                workflows.put(code, select.getValue());
            }
        });
        Map<Long, MergeRequest.Split> splits = new LinkedHashMap<>();
        for (MergePreview.Source s : preview.sources()) {
            if (s.split() == null) {
                continue;
            }
            Map<Long, Long> destinations = new LinkedHashMap<>();
            splitDossiers.getOrDefault(s.centerId(), Map.of()).forEach((dossier, select) -> {
                if (select.getValue() != null) {
                    destinations.put(dossier, select.getValue());
                }
            });
            splits.put(s.centerId(), new MergeRequest.Split(s.split().successors().stream().map(MergePreview.Successor::centerId)
                    .filter(id -> id != preview.targetId()).toList(), splitMain.get(s.centerId()).getValue(), destinations));
        }
        return new MergeRequest(preview.targetId(), chosenIds(), effective.getValue(), accounts, workflows, splits);
    }

    /** The new center as it is onboarded with the merge: the unit, its agency code, its first director. */
    OnboardingForm newCenterForm() {
        return new OnboardingForm(newUnit.getValue() == null ? null : newUnit.getValue().code(), newAgencyCode.getValue(), null, null,
                Texts.t("onboard.defaultHours"), new OnboardingForm.Person(newDirector.getValue(), Texts.t("onboard.directorPosition")),
                List.of());
    }

    private void confirm() {
        if (preview == null || preview.blocked()) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("merge-confirm");
        dialog.setHeader(Texts.t("merge.confirm.header", preview.sources().size(), preview.targetName()));
        dialog.setText(Texts.t("merge.confirm.text", preview.sources().stream().map(MergePreview.Source::name)
                .collect(Collectors.joining(", ")), preview.targetName(),
                effective.getValue() == null ? "" : DAY.format(effective.getValue())));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("merge.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> start());
        dialog.open();
    }

    void start() {
        MergeRequest request = request();
        CallContext ctx = calls.current();
        UI ui = UI.getCurrent();
        runButton.setEnabled(false);
        previewButton.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        counts.setVisible(false);
        OnboardingForm form = newTarget.getValue() ? newCenterForm() : null;
        if (inline) {
            work(ctx, request, form, Runnable::run);
            return;
        }
        ui.setPollInterval(300);
        Thread worker = new Thread(() -> work(ctx, request, form, r -> ui.access(r::run)), "merge-job");
        worker.setDaemon(true);
        worker.start();
    }

    private interface OnPage {
        void run(Runnable r);
    }

    private void work(CallContext ctx, MergeRequest request, OnboardingForm form, OnPage page) {
        try {
            if (form != null) {
                MergeJobs.IntoNewCenter into = merges.runIntoNewCenter(ctx, form, request, phase -> page.run(() -> shown(phase)));
                page.run(() -> {
                    handover(ctx, into.onboarded());
                    done(into.job(), null);
                });
                return;
            }
            MergeJobs.Job job = merges.run(ctx, request, phase -> page.run(() -> shown(phase)));
            page.run(() -> done(job, null));
        } catch (MergeJobs.MergeIntoNewCenterFailedException e) {
            page.run(() -> {
                handover(ctx, e.onboarded());
                done(e.job(), e.vietnamese());
            });
        } catch (MergeJobs.MergeFailedException e) {
            page.run(() -> done(e.job(), e.vietnamese()));
        } catch (InvalidInputException e) {
            page.run(() -> done(null, e.vietnamese()));
        } catch (RuntimeException e) {
            LOG.error("merge failed", e);
            page.run(() -> done(null, Texts.t("merge.failed")));
        }
    }

    /** The new center's handover sheet with its one-time passwords: downloadable here, now, once. */
    private void handover(CallContext ctx, Onboarded created) {
        onboarded = created;
        byte[] pdf = created.sheet(OnboardCenterView.loginUrl(), BusinessTime.local(ctx.now()), ctx.fullName()).pdf();
        sheetPdf = pdf;
        StreamResource resource = new StreamResource("ban-giao-tai-khoan-" + created.center().code() + ".pdf",
                () -> new ByteArrayInputStream(pdf));
        resource.setContentType("application/pdf");
        Anchor download = new Anchor(resource, Texts.t("onboard.sheet"));
        download.setTarget("_blank");
        download.setId("merge-sheet");
        Paragraph once = new Paragraph(Texts.t("onboard.sheetOnce"));
        once.getElement().getThemeList().add("badge error");
        handover.removeAll();
        handover.add(new H3(Texts.t("onboard.created", created.center().displayName())), once, download,
                new Paragraph(created.accounts().stream().map(HandoverSheet.Account::username).collect(Collectors.joining(", "))));
        handover.setVisible(true);
    }

    private void shown(MergePhase phase) {
        progress.setValue(phase.progress());
        phaseText.setText(Texts.t("merge.phase." + phase.name()));
    }

    private void done(MergeJobs.Job job, String error) {
        UI.getCurrent().setPollInterval(-1);
        previewButton.setEnabled(true);
        if (job != null && job.counts() != null) {
            counts.setItems(job.counts().lines());
            counts.setVisible(true);
        }
        if (error != null) {
            progress.setVisible(false);
            phaseText.setText(Texts.t("merge.phase." + MergePhase.ROLLED_BACK.name()));
            Notices.error(error);
            return;
        }
        shown(MergePhase.DONE);
        Notices.success(Texts.t("merge.done", preview.targetName()));
        chosen.clear();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.merge");
    }
}
