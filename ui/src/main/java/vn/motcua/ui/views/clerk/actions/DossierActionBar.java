package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.motcua.core.dossier.DossierAction;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.views.Texts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dossier's action buttons: exactly the {@link DossierAction}s the life cycle and the caller's rights allow
 * ({@link DossierFile#allowed()}), each opening its own small form. Confirmed forms fire a {@link RequestEvent}
 * that the page carries out.
 */
public final class DossierActionBar extends HorizontalLayout {
    /** Notes and fees have their own sections on the page, not buttons here. */
    private static final Set<DossierAction> SECTIONS = EnumSet.of(DossierAction.COMMENT, DossierAction.RECORD_FEE);
    private static final Map<DossierAction, String> IDS = new EnumMap<>(Map.ofEntries(
            Map.entry(DossierAction.HAND_OVER, "action-next"),
            Map.entry(DossierAction.SEND_BACK, "action-back"),
            Map.entry(DossierAction.RESOLVE, "action-resolve"),
            Map.entry(DossierAction.REQUEST_SUPPLEMENT, "action-supplement"),
            Map.entry(DossierAction.REQUEST_FINANCIAL_OBLIGATION, "action-obligation"),
            Map.entry(DossierAction.SUPPLEMENT_RECEIVED, "action-supplement-received"),
            Map.entry(DossierAction.FINANCIAL_OBLIGATION_FULFILLED, "action-obligation-done"),
            Map.entry(DossierAction.ASSIGN, "action-assign"),
            Map.entry(DossierAction.RECORD_APOLOGY, "action-apology"),
            Map.entry(DossierAction.STOP, "action-stop"),
            Map.entry(DossierAction.WITHDRAW, "action-withdraw"),
            Map.entry(DossierAction.RETURN_RESULT, "action-return")));

    private final DossierFile file;
    private final Supplier<List<StaffView>> colleagues;
    private final int maxFileBytes;
    private final ComponentEventListener<RequestEvent> onRequest;
    private final Set<DossierAction> offered = EnumSet.noneOf(DossierAction.class);

    /**
     * @param assigneeName the full name of whoever the current step is assigned to (null: unassigned), told to the
     *                     people who may not move it
     */
    public DossierActionBar(DossierFile file, Supplier<List<StaffView>> colleagues, int maxFileBytes,
                            ComponentEventListener<RequestEvent> onRequest, String assigneeName) {
        this.file = file;
        this.colleagues = colleagues;
        this.maxFileBytes = maxFileBytes;
        this.onRequest = onRequest;
        setId("dossier-actions");
        getStyle().set("flex-wrap", "wrap");
        for (DossierAction action : DossierAction.values()) {
            if (file.allows(action) && !SECTIONS.contains(action)) {
                add(button(action));
                offered.add(action);
            }
        }
        if (offered.isEmpty()) {
            Span why = new Span(!file.dossier().status().isOpen()
                    ? Texts.t("dossier.actions.closed", file.dossier().status().label().toLowerCase(Locale.forLanguageTag("vi")))
                    : assigneeName != null ? Texts.t("dossier.actions.heldBy", assigneeName)
                    : Texts.t("dossier.actions.readOnly", Colleagues.roleLabel(file.dossier().stepRole())));
            why.setId("dossier-actions-note");
            add(why);
        }
    }

    /** The actions this bar offers, in the order of {@link DossierAction}. */
    public Set<DossierAction> offered() {
        return Collections.unmodifiableSet(offered);
    }

    /** The id of an action's button on the page. */
    public static String idOf(DossierAction action) {
        return IDS.get(action);
    }

    private Button button(DossierAction action) {
        boolean primary = action == DossierAction.HAND_OVER || action == DossierAction.RESOLVE
                || action == DossierAction.RETURN_RESULT || action == DossierAction.SUPPLEMENT_RECEIVED
                || action == DossierAction.FINANCIAL_OBLIGATION_FULFILLED;
        Button button = new Button(action.label(), icon(action).create(), e -> start(action));
        button.setId(idOf(action));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void start(DossierAction action) {
        switch (action) {
            case SUPPLEMENT_RECEIVED -> now(new DossierCommand.SupplementReceived());
            case FINANCIAL_OBLIGATION_FULFILLED -> now(new DossierCommand.FinancialObligationFulfilled());
            default -> {
                ActionForm form = form(action);
                form.addRequestListener(onRequest);
                form.open();
            }
        }
    }

    /** Commands that need nothing more are carried out at once. */
    private void now(DossierCommand command) {
        onRequest.onComponentEvent(new RequestEvent(this, new DossierRequest.Command(command), () -> {
        }));
    }

    private ActionForm form(DossierAction action) {
        var d = file.dossier();
        int step = d.currentStep() == null ? 0 : d.currentStep();
        return switch (action) {
            case HAND_OVER -> new HandOverForm(step + 1, file.steps().get(step + 1), colleagues.get());
            case SEND_BACK -> new SendBackForm(step, file.steps());
            case ASSIGN -> new AssignForm(file.currentStepName(), file.steps().get(step), colleagues.get());
            case REQUEST_SUPPLEMENT -> new TextForm(Texts.t("dossier.actions.supplement.title"),
                    Texts.t("dossier.actions.supplement.text"), text -> new DossierRequest.Command(
                    new DossierCommand.RequestSupplement(text), DossierRequest.Slip.SUPPLEMENT_REQUEST));
            case REQUEST_FINANCIAL_OBLIGATION -> new TextForm(Texts.t("dossier.actions.financial.title"),
                    Texts.t("dossier.actions.financial.text"),
                    text -> new DossierRequest.Command(new DossierCommand.RequestFinancialObligation(text)));
            case RECORD_APOLOGY -> new ApologyForm(d.appointment());
            case STOP -> new EndingForm(Texts.t("dossier.actions.stop.title"), Texts.t("dossier.actions.stop.reason"), Texts.t("dossier.actions.stop.confirm"),
                    reason -> new DossierRequest.Command(new DossierCommand.Reject(reason), DossierRequest.Slip.STOP_NOTICE));
            case WITHDRAW -> new EndingForm(Texts.t("dossier.actions.withdraw.title"), Texts.t("dossier.actions.withdraw.reason"), Texts.t("dossier.actions.withdraw.confirm"),
                    reason -> new DossierRequest.Command(new DossierCommand.Withdraw(reason)));
            case RESOLVE -> new ResolveForm(maxFileBytes);
            case RETURN_RESULT -> new ReturnForm(d.applicantName());
            default -> throw new IllegalArgumentException(action + " has no form");
        };
    }

    private static VaadinIcon icon(DossierAction action) {
        return switch (action) {
            case HAND_OVER -> VaadinIcon.ARROW_RIGHT;
            case SEND_BACK -> VaadinIcon.ARROW_LEFT;
            case RESOLVE, SUPPLEMENT_RECEIVED, FINANCIAL_OBLIGATION_FULFILLED -> VaadinIcon.CHECK;
            case REQUEST_SUPPLEMENT -> VaadinIcon.FILE_ADD;
            case REQUEST_FINANCIAL_OBLIGATION -> VaadinIcon.MONEY;
            case ASSIGN -> VaadinIcon.USER;
            case RECORD_APOLOGY -> VaadinIcon.CALENDAR_CLOCK;
            case STOP -> VaadinIcon.BAN;
            case WITHDRAW -> VaadinIcon.EXIT;
            case RETURN_RESULT -> VaadinIcon.HANDSHAKE;
            case COMMENT, RECORD_FEE -> VaadinIcon.EDIT;
        };
    }
}
