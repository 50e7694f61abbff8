package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.onboarding.BulkOnboarding;
import vn.motcua.tenants.onboarding.BulkOutcome;
import vn.motcua.tenants.onboarding.BulkPreview;
import vn.motcua.tenants.onboarding.BulkRow;
import vn.motcua.tenants.onboarding.Onboarded;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Provincial IT opens many centers at once: uploads the province's published commune list (CSV) or takes the bundled
 * official list, reads the preview (per line: will be created / already there, unchanged or different / problem with
 * its Vietnamese reason; counts, a filter), fixes the file and uploads it again until no line has a problem, then
 * runs it after a confirmation with a progress bar (hashing, then one transaction). The handover sheets of every
 * created center (one PDF, a page each) can be downloaded on this page only; leaving asks first.
 */
@Route(value = "tinh/trung-tam/hang-loat", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class BulkOnboardView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {
    private static final Logger LOG = LoggerFactory.getLogger(BulkOnboardView.class);

    final Upload upload;
    final Button official = new Button();
    final Paragraph fileError = new Paragraph();
    final VerticalLayout previewPane = new VerticalLayout();
    final Span source = new Span();
    final HorizontalLayout counts = new HorizontalLayout();
    final ComboBox<BulkRow.Status> filter = new ComboBox<>(Texts.t("bulk.filter"));
    final Grid<BulkRow> grid = new Grid<>();
    final IntegerField clerks = new IntegerField(Texts.t("bulk.clerks"));
    final Button run = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final VerticalLayout result = new VerticalLayout();
    /** The preview on screen: what a run would do. */
    BulkPreview preview;
    /** The finished run whose sheets the person may still need: leaving asks first. */
    BulkOutcome outcome;
    /** The sheets as rendered, for this page's download link only. */
    private byte[] sheetsPdf;
    private java.time.LocalDateTime sheetsAt;
    private String sheetsBy;
    /** Runs in a thread of its own with a progress bar; tests run it in the caller's thread. */
    boolean background = true;
    private final HandoverSheetDownload handover = new HandoverSheetDownload("bulk");

    private final BulkOnboarding bulk;
    private final CallContexts calls;

    public BulkOnboardView(BulkOnboarding bulk, OnboardingService onboarding, CallContexts calls) {
        this.bulk = bulk;
        this.calls = calls;
        String provinceName = onboarding.provinceName(calls.current());

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            showPreview(() -> bulk.previewFile(calls.current(), meta.fileName(), new ByteArrayInputStream(bytes)));
            clearUpload();
        }))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(BulkOnboarding.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span(Texts.t("bulk.drop")));
        upload.setUploadButton(new Button(Texts.t("bulk.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notices.error(Texts.t("bulk.rejectedFile")));
        upload.setId("bulk-upload");
        official.setText(Texts.t("bulk.official", provinceName));
        official.setIcon(VaadinIcon.LIST.create());
        official.setId("bulk-official");
        official.addClickListener(e -> showPreview(() -> bulk.previewOfficialList(calls.current())));
        fileError.setId("bulk-file-error");
        fileError.getElement().getThemeList().add("badge error");
        fileError.setVisible(false);
        HorizontalLayout sources = new HorizontalLayout(upload, official);
        sources.setAlignItems(FlexComponent.Alignment.CENTER);

        source.setId("bulk-source");
        counts.setId("bulk-counts");
        filter.setItems(BulkRow.Status.values());
        filter.setItemLabelGenerator(BulkRow.Status::label);
        filter.setClearButtonVisible(true);
        filter.setPlaceholder(Texts.t("bulk.filterAll"));
        filter.setId("bulk-filter");
        filter.addValueChangeListener(e -> refreshGrid());
        grid.addColumn(BulkRow::line).setHeader(Texts.t("bulk.col.line")).setWidth("5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(BulkRow::displayName).setHeader(Texts.t("bulk.col.name")).setWidth("10em").setFlexGrow(1);
        grid.addColumn(r -> r.unitCode() == null ? "" : r.unitCode()).setHeader(Texts.t("bulk.col.code"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(BulkOnboardView::statusBadge)).setHeader(Texts.t("bulk.col.status"))
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader(Texts.t("bulk.col.reason"))
                .setWidth("18em").setFlexGrow(3);
        grid.addColumn(r -> r.lineage() == null ? "" : r.lineage()).setHeader(Texts.t("bulk.col.lineage"))
                .setWidth("12em").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("22em");
        grid.setWidthFull();
        grid.setId("bulk-grid");
        clerks.setMin(0);
        clerks.setMax(BulkOnboarding.MAX_CLERKS);
        clerks.setValue(2);
        clerks.setStepButtonsVisible(true);
        clerks.setHelperText(Texts.t("bulk.clerksHelp"));
        clerks.setId("bulk-clerks");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("bulk-run");
        run.addClickListener(e -> confirmRun());
        HorizontalLayout runBar = new HorizontalLayout(clerks, run);
        runBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        progress.setId("bulk-progress");
        progress.setVisible(false);
        progressText.setId("bulk-progress-text");
        HorizontalLayout filterBar = new HorizontalLayout(filter, counts);
        filterBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        previewPane.setPadding(false);
        previewPane.add(new H3(Texts.t("bulk.previewHeading")), source, filterBar, grid, runBar, progress, progressText);
        previewPane.setVisible(false);
        result.setPadding(false);
        result.setVisible(false);
        result.setId("bulk-result");
        add(new H2(Texts.t("bulk.heading")), new Paragraph(Texts.t("bulk.help", provinceName)), sources, fileError,
                previewPane, result);
    }

    /** The corrected file is uploaded the same way: it replaces the first. */
    private void clearUpload() {
        upload.clearFileList();
    }

    private static Span statusBadge(BulkRow row) {
        Span badge = new Span(row.status().label());
        String theme = switch (row.status()) {
            case CREATE -> "badge success";
            case UNCHANGED -> "badge contrast";
            case DIFFERENT -> "badge";
            case PROBLEM -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Shows what {@code reading} previews, or why the file was refused as a whole. */
    void showPreview(Supplier<BulkPreview> reading) {
        if (outcome != null) {
            return; // the sheets of the finished run stay on screen until the person leaves
        }
        try {
            preview = reading.get();
        } catch (InvalidInputException e) {
            preview = null;
            previewPane.setVisible(false);
            fileError.setText(e.vietnamese());
            fileError.setVisible(true);
            Notices.error(e.vietnamese());
            return;
        }
        fileError.setVisible(false);
        source.setText(Texts.t("bulk.source", preview.source(), preview.summaryVi()));
        counts.removeAll();
        for (BulkRow.Status s : BulkRow.Status.values()) {
            Span count = new Span(s.label() + ": " + preview.count(s));
            count.setId("bulk-count-" + s.name().toLowerCase(java.util.Locale.ROOT));
            count.getElement().getThemeList().add(s == BulkRow.Status.PROBLEM && preview.count(s) > 0 ? "badge error"
                    : s == BulkRow.Status.CREATE ? "badge success" : "badge contrast");
            counts.add(count);
        }
        // problems first: what the person has to fix
        filter.setValue(preview.count(BulkRow.Status.PROBLEM) > 0 ? BulkRow.Status.PROBLEM : null);
        refreshGrid();
        long creating = preview.count(BulkRow.Status.CREATE);
        run.setText(preview.count(BulkRow.Status.PROBLEM) > 0 ? Texts.t("bulk.fixFirst")
                : creating == 0 ? Texts.t("bulk.nothingToCreate") : Texts.t("bulk.run", creating));
        run.setEnabled(preview.runnable());
        clerks.setEnabled(preview.runnable());
        previewPane.setVisible(true);
    }

    private void refreshGrid() {
        if (preview == null) {
            grid.setItems(List.of());
            return;
        }
        BulkRow.Status only = filter.getValue();
        grid.setItems(preview.rows().stream().filter(r -> only == null || r.status() == only).toList());
    }

    void confirmRun() {
        if (preview == null || !preview.runnable()) {
            return;
        }
        Integer perCenter = clerks.getValue();
        if (perCenter == null || perCenter < 0 || perCenter > BulkOnboarding.MAX_CLERKS) {
            clerks.setInvalid(true);
            clerks.setErrorMessage(Texts.t("bulk.clerksInvalid", BulkOnboarding.MAX_CLERKS));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(Texts.t("bulk.confirmHeader", preview.count(BulkRow.Status.CREATE)));
        dialog.setText(Texts.t("bulk.confirmText", preview.count(BulkRow.Status.CREATE), perCenter));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("bulk.cancel"));
        dialog.setConfirmText(Texts.t("bulk.confirm"));
        dialog.addConfirmListener(e -> start(perCenter));
        dialog.open();
    }

    /** Runs the previewed list: in a thread of its own, the progress bar following it through UI.access and polling. */
    void start(int perCenter) {
        CallContext ctx = calls.current();
        BulkPreview list = preview;
        run.setEnabled(false);
        upload.setVisible(false);
        official.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(Texts.t("bulk.starting"));
        if (!background) {
            Thread caller = Thread.currentThread();
            finish(ctx, list, perCenter, (fraction, phase) -> {
                if (Thread.currentThread() == caller) { // the hashing threads do not hold the session
                    progress.setValue(fraction);
                    progressText.setText(phase);
                }
            }, Runnable::run);
            return;
        }
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        Thread worker = new Thread(() -> finish(ctx, list, perCenter,
                // a page closed mid-run stops it (nothing is written): its sheets could never be downloaded
                (fraction, phase) -> ui.access(() -> {
                    progress.setValue(fraction);
                    progressText.setText(phase);
                }), command -> ui.access(command::run)), "bulk-onboarding");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(CallContext ctx, BulkPreview list, int perCenter, BulkOnboarding.Progress listener,
                        java.util.function.Consumer<Runnable> onPage) {
        BulkOutcome done = null;
        RuntimeException failure = null;
        try {
            done = bulk.run(ctx, list, perCenter, listener);
        } catch (RuntimeException e) {
            if (e instanceof vn.motcua.core.context.AccessDeniedException) {
                LOG.warn("bulk onboarding from {} refused to {}", list.source(), ctx.actor());
            } else if (!(e instanceof InvalidInputException)) {
                LOG.error("bulk onboarding from {} failed", list.source(), e);
            }
            failure = e;
        }
        BulkOutcome finished = done;
        RuntimeException error = failure;
        try {
            onPage.accept(() -> showEnd(ctx, finished, error));
        } catch (RuntimeException e) {
            LOG.warn("bulk onboarding from {} ended after its page was closed", list.source(), e);
        }
    }

    private void showEnd(CallContext ctx, BulkOutcome finished, RuntimeException error) {
        {
            UI.getCurrent().setPollInterval(-1);
            progress.setVisible(false);
            if (error != null) {
                progressText.setText("");
                upload.setVisible(true);
                official.setEnabled(true);
                run.setEnabled(preview != null && preview.runnable());
                Notices.error(error instanceof InvalidInputException invalid ? invalid.vietnamese()
                        : Texts.t("bulk.failed"));
                return;
            }
            showResult(ctx, finished);
        }
    }

    private void showResult(CallContext ctx, BulkOutcome done) {
        progressText.setText("");
        previewPane.setVisible(false);
        result.removeAll();
        if (done.created().isEmpty()) {
            result.add(new H3(Texts.t("bulk.noneCreated", done.alreadyThere())));
            upload.setVisible(true);
            official.setEnabled(true);
            result.setVisible(true);
            return;
        }
        outcome = done;
        sheetsAt = BusinessTime.local(ctx.now());
        sheetsBy = ctx.fullName();
        // rendered at the first download (a page per center takes a while), then kept for this page only
        Component[] download = handover.show("ban-giao-tai-khoan-" + done.created().size() + "-trung-tam.pdf",
                Texts.t("bulk.sheets", done.created().size()), "bulk-sheets", this::sheetsPdf);
        Grid<Onboarded> created = new Grid<>();
        created.addColumn(o -> o.center().displayName()).setHeader(Texts.t("bulk.col.name")).setFlexGrow(1);
        created.addColumn(o -> o.center().code()).setHeader(Texts.t("bulk.col.code")).setWidth("7em").setFlexGrow(0);
        created.addColumn(o -> o.accounts().stream().map(a -> a.username()).collect(Collectors.joining(", ")))
                .setHeader(Texts.t("onboard.username")).setFlexGrow(2);
        created.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        created.setItems(done.created());
        created.setHeight("20em");
        created.setId("bulk-created");
        Button centers = new Button(Texts.t("bulk.toCenters"), e -> getUI().ifPresent(ui -> ui.navigate(CentersView.class)));
        centers.setId("bulk-to-centers");
        H3 heading = new H3(Texts.t("bulk.done", done.created().size(), done.accounts(), done.alreadyThere()));
        heading.setId("bulk-done");
        result.add(heading);
        result.add(download);
        result.add(created, centers);
        result.setVisible(true);
        Notices.success(Texts.t("bulk.done", done.created().size(), done.accounts(), done.alreadyThere()));
    }

    /** The handover sheets of the finished run (one PDF), rendered once. */
    synchronized byte[] sheetsPdf() {
        if (sheetsPdf == null && outcome != null) {
            sheetsPdf = outcome.sheetsPdf(OnboardCenterView.loginUrl(), sheetsAt, sheetsBy);
        }
        return sheetsPdf;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        handover.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.bulk");
    }
}
