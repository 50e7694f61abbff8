package vn.motcua.ui.views.catalog;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogQuery;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.CatalogTexts;
import vn.motcua.core.catalog.ImportError;
import vn.motcua.core.catalog.ImportOptions;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Provincial IT: the central procedure catalog — search without diacritics, filters, and import of a
 * national JSONL or the provinces' CSV/XLSX sheet (all or nothing, progress bar, report of bad lines).
 */
@Route(value = "tinh/thu-tuc", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class CatalogView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogView.class);

    final Grid<Procedure> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<String> field = new ComboBox<>(Texts.t("procedure.field.field"));
    final ComboBox<Level> level = new ComboBox<>(Texts.t("procedure.field.levels"));
    final ComboBox<OnlineLevel> online = new ComboBox<>(Texts.t("catalog.onlineLevel"));
    final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span total = new Span();
    private final CatalogService catalog;
    private final CatalogAdministration administration;
    private final Principal principal;

    private final CallContexts calls;

    public CatalogView(CatalogService catalog, CatalogAdministration administration, CallContexts calls) {
        this.calls = calls;
        this.catalog = catalog;
        this.administration = administration;
        this.principal = Session.require();
        setSizeFull();

        search.setLabel(Texts.t("common.searchCodeOrName"));
        search.setPlaceholder("vd: cap giay phep xay dung");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("catalog-search");
        field.setItems(catalog.fields());
        field.setClearButtonVisible(true);
        field.setWidth("18em");
        field.setId("catalog-field");
        level.setItems(Level.COMMUNE, Level.PROVINCE, Level.OTHER);
        level.setItemLabelGenerator(Level::label);
        level.setClearButtonVisible(true);
        level.setId("catalog-level");
        online.setItems(OnlineLevel.values());
        online.setItemLabelGenerator(CatalogService::onlineLabel);
        online.setClearButtonVisible(true);
        online.setId("catalog-online");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        level.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        online.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(Procedure::nationalCode).setHeader(Texts.t("procedure.field.nationalCode")).setKey("nationalCode").setSortable(true).setAutoWidth(true);
        grid.addColumn(Procedure::name).setHeader(Texts.t("procedure.field.name")).setKey("name").setSortable(true).setFlexGrow(4);
        grid.addColumn(Procedure::field).setHeader(Texts.t("procedure.field.field")).setKey("field").setSortable(true).setFlexGrow(1);
        grid.addColumn(Procedure::levelsLabel).setHeader(Texts.t("procedure.field.levels")).setFlexGrow(1);
        grid.addColumn(p -> CatalogTexts.deadline(p.legalDeadline())).setHeader(Texts.t("procedure.field.deadlineShort")).setKey("deadlineValue")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> CatalogService.onlineLabel(p.onlineLevel())).setHeader(Texts.t("procedure.field.onlineShort")).setKey("onlineLevel")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> "v" + p.currentVersion()).setHeader(Texts.t("procedure.field.version")).setKey("currentVersion").setSortable(true)
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setId("catalog-grid");
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            Page<Procedure> page = catalog.search(query(), query.getPage(), query.getPageSize(),
                    order == null ? "nationalCode" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING);
            total.setText(Texts.t("catalog.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) catalog.search(query(), 0, 1, null, true).getTotalSize());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("nationalCode")).build());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProcedureDetailView.class, e.getItem().id())));

        Upload upload = upload();
        progress.setVisible(false);
        progress.setWidth("20em");
        progress.setId("import-progress");
        HorizontalLayout importBar = new HorizontalLayout(upload, progress, progressText);
        importBar.setDefaultVerticalComponentAlignment(Alignment.CENTER);

        HorizontalLayout filters = new HorizontalLayout(search, field, level, online, total);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(Texts.t("catalog.heading")), importBar, filters, grid);
        expand(grid);
    }

    private CatalogQuery query() {
        return new CatalogQuery(search.getValue(), field.getValue(), level.getValue(), online.getValue());
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            // own the file: the import runs after this request has answered
            Path copy = Files.createTempFile("motcua-catalog-", ".upload");
            Files.move(file.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
            Thread worker = new Thread(() -> runImport(ui, meta.fileName(), copy), "catalog-import");
            worker.setDaemon(true);
            worker.start();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportOptions.DEFAULT_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".jsonl", ".json");
        upload.setDropLabel(new Span(Texts.t("catalog.import.drop")));
        upload.setUploadButton(new Button(Texts.t("catalog.import.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notices.error(Texts.t("catalog.import.rejectedFile")));
        upload.setId("catalog-upload");
        return upload;
    }

    private void runImport(UI ui, String fileName, Path file) {
        ui.access(() -> {
            progress.setValue(0);
            progress.setVisible(true);
            progressText.setText(Texts.t("catalog.import.progress", fileName));
            ui.setPollInterval(500);
        });
        CatalogImportOutcome outcome = null;
        RuntimeException failure = null;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            outcome = administration.importFile(calls.current(), fileName, in, size, (lines, read, totalBytes) -> {
                if (totalBytes > 0) {
                    double value = Math.min(1.0, (double) read / totalBytes);
                    ui.access(() -> progress.setValue(value));
                }
            });
        } catch (RuntimeException | java.io.IOException e) {
            LOG.error("catalog import of {} failed", fileName, e);
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // a temp file left behind is removed with the temp directory
            }
        }
        CatalogImportOutcome result = outcome;
        RuntimeException error = failure;
        ui.access(() -> {
            ui.setPollInterval(-1);
            progress.setVisible(false);
            progressText.setText("");
            if (error != null) {
                Notices.error(Texts.t("catalog.import.failed", error.getMessage()));
                return;
            }
            field.setItems(catalog.fields());
            grid.getDataProvider().refreshAll();
            showResult(fileName, result);
        });
    }

    private void showResult(String fileName, CatalogImportOutcome outcome) {
        Dialog dialog = new Dialog();
        dialog.setId("import-result");
        dialog.setWidth("min(60em, 95vw)");
        if (outcome.applied()) {
            dialog.setHeaderTitle(Texts.t("catalog.import.done", fileName));
            dialog.add(new Paragraph(Texts.t("catalog.import.procedures", outcome.procedures())),
                    new Paragraph(Texts.t("catalog.import.created", outcome.created())),
                    new Paragraph(Texts.t("catalog.import.newVersions", outcome.newVersions())),
                    new Paragraph(Texts.t("catalog.import.unchanged", outcome.unchanged())),
                    new Paragraph(Texts.t("catalog.import.duration", outcome.durationMs())));
        } else {
            dialog.setHeaderTitle(Texts.t("catalog.import.refused"));
            Grid<ImportError> errors = new Grid<>();
            errors.addColumn(e -> e.line() > 0 ? String.valueOf(e.line()) : "").setHeader(Texts.t("catalog.import.line")).setAutoWidth(true);
            errors.addColumn(ImportError::column).setHeader(Texts.t("catalog.import.column")).setAutoWidth(true);
            errors.addColumn(ImportError::messageVi).setHeader(Texts.t("catalog.import.error")).setFlexGrow(1);
            errors.setItems(outcome.report().errors());
            errors.setHeight("24em");
            errors.setId("import-errors");
            dialog.add(new Paragraph(Texts.t("catalog.import.errors", outcome.report().errors().size())), errors);
        }
        dialog.getFooter().add(new Button(Texts.t("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.catalog");
    }
}
