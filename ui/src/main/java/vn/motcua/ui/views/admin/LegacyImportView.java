package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.Permission;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.legacy.LegacyImportReport;
import vn.motcua.tenants.legacy.LegacyImportService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Provincial IT imports a previous one-stop system's dossiers into one commune center: choose the center, upload the
 * archive (zip, format in tenants/LEGACY-IMPORT.md), read the preview (what maps, problems by entry), confirm, watch
 * the progress, read the result. Preview and run are audited by the service.
 */
@Route(value = "tinh/nhap-ho-so", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class LegacyImportView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyImportView.class);

    final ComboBox<LegacyImportService.Target> center = new ComboBox<>(Texts.t("legacy.center"));
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final VerticalLayout preview = new VerticalLayout();
    final Paragraph summary = new Paragraph();
    final Paragraph unknown = new Paragraph();
    final Grid<LegacyImportReport.StatusMapping> statuses = new Grid<>();
    final Grid<LegacyImportReport.Issue> problems = new Grid<>();
    final Grid<LegacyImportReport.Issue> notes = new Grid<>();
    Upload upload;
    final Button run = new Button(Texts.t("legacy.run"), VaadinIcon.CHECK.create());
    final Paragraph result = new Paragraph();
    /** Work runs on a thread of its own and reports through {@code UI.access}; tests run it in place. */
    boolean background = true;

    private final LegacyImportService imports;
    private final CallContexts calls;
    Path archive;
    String archiveName;
    LegacyImportReport report;

    public LegacyImportView(LegacyImportService imports, CallContexts calls) {
        this.imports = imports;
        this.calls = calls;
        setWidthFull();
        center.setItems(imports.targets(calls.current()));
        center.setItemLabelGenerator(t -> t.agencyCode() == null ? t.name() : t.name() + " (" + t.agencyCode() + ")");
        center.setWidth("28em");
        center.setId("legacy-center");
        center.addValueChangeListener(e -> {
            if (archive != null && e.getValue() != null) {
                startPreview();
            }
        });

        upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            Path copy = Files.createTempFile("motcua-legacy-", ".zip");
            Files.move(file.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
            UI ui = UI.getCurrent();
            ui.access(() -> received(meta.fileName(), copy));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) LegacyImportService.MAX_ARCHIVE_BYTES);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setDropLabel(new Span(Texts.t("legacy.drop")));
        upload.setUploadButton(new Button(Texts.t("legacy.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notices.error(Texts.t("legacy.rejectedFile")));
        upload.setId("legacy-upload");

        progress.setVisible(false);
        progress.setWidth("20em");
        progress.setId("legacy-progress");
        HorizontalLayout bar = new HorizontalLayout(progress, progressText);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);

        statuses.addColumn(LegacyImportReport.StatusMapping::source).setHeader(Texts.t("legacy.sourceStatus")).setAutoWidth(true);
        statuses.addColumn(s -> s.status().label()).setHeader(Texts.t("legacy.ourStatus")).setAutoWidth(true);
        statuses.addColumn(LegacyImportReport.StatusMapping::count).setHeader(Texts.t("legacy.count")).setAutoWidth(true);
        statuses.setAllRowsVisible(true);
        statuses.setId("legacy-statuses");
        for (Grid<LegacyImportReport.Issue> grid : java.util.List.of(problems, notes)) {
            grid.addColumn(i -> i.entry() == 0 ? "" : String.valueOf(i.entry())).setHeader(Texts.t("legacy.entry")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(i -> i.code() == null ? "" : i.code()).setHeader(Texts.t("legacy.code")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(LegacyImportReport.Issue::message).setHeader(Texts.t("legacy.message")).setFlexGrow(1);
            grid.setHeight("16em");
        }
        problems.setId("legacy-problems");
        notes.setId("legacy-notes");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("legacy-run");
        run.addClickListener(e -> confirm());
        summary.setId("legacy-summary");
        result.setId("legacy-result");
        result.setVisible(false);
        preview.setPadding(false);
        preview.setVisible(false);
        unknown.setId("legacy-unknown-procedures");
        preview.add(summary, unknown, new H3(Texts.t("legacy.statuses")), statuses, new H3(Texts.t("legacy.problems")), problems,
                new H3(Texts.t("legacy.notes")), notes, run);

        add(new H2(Texts.t("legacy.heading")), new Paragraph(Texts.t("legacy.explain")), center, upload, bar, preview, result);
    }

    /** An archive arrived: keep it (the previous one is dropped) and preview it for the chosen center. */
    void received(String fileName, Path file) {
        dropArchive();
        upload.clearFileList(); // a corrected archive can be chosen at once
        archive = file;
        archiveName = fileName;
        result.setVisible(false);
        if (center.getValue() == null) {
            Notices.error(Texts.t("legacy.chooseCenterFirst"));
            return;
        }
        startPreview();
    }

    void startPreview() {
        long centerId = center.getValue().id();
        Path file = archive;
        // the call is this click's, taken here: the worker thread has no Vaadin session
        vn.motcua.core.context.CallContext ctx = calls.current();
        work(Texts.t("legacy.checking", archiveName), onUi -> {
            LegacyImportReport r = imports.preview(ctx, centerId, file, progressTo(onUi));
            onUi.accept(() -> show(r));
        });
    }

    private void show(LegacyImportReport r) {
        report = r;
        preview.setVisible(true);
        summary.setText(Texts.t("legacy.summary", archiveName, r.centerName(), r.dossiers(), r.toCreate(), r.open(), r.closed(),
                r.documents(), r.documentBytes() / 1024, r.unchanged(), r.keptAsIs()));
        unknown.setVisible(!r.unknownProcedures().isEmpty());
        unknown.setText(Texts.t("legacy.unknownProcedures", String.join(", ", r.unknownProcedures())));
        statuses.setItems(r.statuses());
        problems.setItems(r.problems());
        notes.setItems(r.notes());
        run.setEnabled(r.acceptable() && r.toCreate() > 0);
        run.setText(r.acceptable() ? Texts.t("legacy.run") : Texts.t("legacy.fixFirst", r.problems().size()));
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(Texts.t("legacy.confirmTitle"),
                Texts.t("legacy.confirmText", report.toCreate(), report.centerName(), report.documents()),
                Texts.t("legacy.confirm"), e -> startRun());
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setId("legacy-confirm");
        dialog.open();
    }

    void startRun() {
        long centerId = center.getValue().id();
        Path file = archive;
        run.setEnabled(false);
        vn.motcua.core.context.CallContext ctx = calls.current();
        work(Texts.t("legacy.importing", archiveName), onUi -> {
            LegacyImportService.Outcome outcome = imports.run(ctx, centerId, file, progressTo(onUi));
            onUi.accept(() -> {
                preview.setVisible(false);
                result.setVisible(true);
                result.setText(Texts.t("legacy.done", outcome.created(), outcome.report().centerName(), outcome.documentsStored(),
                        outcome.report().unchanged()));
                Notices.success(Texts.t("legacy.doneShort", outcome.created()));
                dropArchive();
            });
        });
    }

    private LegacyImportService.Progress progressTo(Consumer<Runnable> onUi) {
        long[] shown = {-1};
        return (phase, done, total) -> {
            long percent = total == 0 ? 100 : done * 100 / total;
            if (percent != shown[0]) {
                shown[0] = percent;
                onUi.accept(() -> {
                    progress.setValue(percent / 100.0);
                    progressText.setText(phase + " " + done + "/" + total);
                });
            }
        };
    }

    private interface Work {
        void run(Consumer<Runnable> onUi);
    }

    private void work(String label, Work work) {
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(label);
        UI ui = UI.getCurrent();
        Consumer<Runnable> onUi = background ? r -> ui.access(r::run) : Runnable::run;
        Runnable task = () -> {
            try {
                work.run(onUi);
            } catch (InvalidInputException e) {
                onUi.accept(() -> Notices.error(e.vietnamese()));
            } catch (RuntimeException e) {
                LOG.error("legacy import of {} failed", archiveName, e);
                onUi.accept(() -> Notices.error(Texts.t("legacy.failed")));
            } finally {
                onUi.accept(() -> {
                    progress.setVisible(false);
                    progressText.setText("");
                    ui.setPollInterval(-1);
                });
            }
        };
        if (background) {
            ui.setPollInterval(500);
            Thread worker = new Thread(task, "legacy-import");
            worker.setDaemon(true);
            worker.start();
        } else {
            task.run();
        }
    }

    private void dropArchive() {
        if (archive != null) {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException e) {
                LOG.debug("temporary archive {} left behind: {}", archive, e.getMessage());
            }
            archive = null;
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        dropArchive();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.legacyImport");
    }
}
