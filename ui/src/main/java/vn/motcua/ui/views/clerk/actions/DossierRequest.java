package vn.motcua.ui.views.clerk.actions;

import vn.motcua.core.dossier.DossierCommand;

/** What a person asks of the dossier through one action's form; the dossier page carries it out. */
public sealed interface DossierRequest {
    /** A life-cycle command, and the slip to offer for printing once it is applied. */
    record Command(DossierCommand command, Slip slip) implements DossierRequest {
        public Command(DossierCommand command) {
            this(command, Slip.NONE);
        }
    }

    /** Giao xử lý: who takes the current step (null: anyone of its role). */
    record Assign(String assignee) implements DossierRequest {
    }

    /** Hoàn thành giải quyết with the uploaded result. */
    record Resolve(String fileName, byte[] content) implements DossierRequest {
    }

    /** The slip a command leads to (forms 02, 04, 05), printed with the reason just given. */
    enum Slip {
        NONE, SUPPLEMENT_REQUEST, APOLOGY_LETTER, STOP_NOTICE
    }
}
