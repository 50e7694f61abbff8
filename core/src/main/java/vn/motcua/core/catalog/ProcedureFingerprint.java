package vn.motcua.core.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Canonical form: one "key=length:value" line per field in a fixed order. Length prefixes keep
 * "a|b" + "c" from colliding with "a" + "b|c"; the version tag lets us change the form later on
 * purpose without old fingerprints matching new ones by accident.
 */
final class ProcedureFingerprint {

    private static final String FORM_VERSION = "motcua-procedure-v1";

    private ProcedureFingerprint() {
    }

    static String of(ProcedureDraft draft) {
        return sha256(canonical(draft));
    }

    static String canonical(ProcedureDraft d) {
        StringBuilder out = new StringBuilder(FORM_VERSION).append('\n');
        put(out, "code", d.nationalCode());
        put(out, "suffix", d.provinceSuffix());
        put(out, "name", d.name());
        put(out, "field", d.field());
        put(out, "levels", d.levels().toString());
        put(out, "deadline.value", d.legalDeadline().value());
        put(out, "deadline.unit", d.legalDeadline().unit());
        // only when set, so that the fingerprints of earlier versions stay as they were
        if (d.deadlineUnitAssumed()) {
            put(out, "deadline.unitAssumed", true);
        }
        if (d.noFixedDeadline()) {
            put(out, "deadline.none", true);
        }
        put(out, "documents", d.documents().size());
        for (RequiredDocument doc : d.documents()) {
            put(out, "document.name", doc.name());
            put(out, "document.originals", doc.originalCount());
            put(out, "document.copies", doc.copyCount());
            put(out, "document.form", doc.formTemplate());
            if (doc.declaredKind() != null) {
                // only when stated, so that fingerprints of lines read from their wording stay as they were
                put(out, "document.kind", doc.declaredKind());
            }
        }
        put(out, "fees", d.fees().size());
        for (Fee fee : d.fees()) {
            put(out, "fee.description", fee.description());
            put(out, "fee.amount", fee.amountVnd());
            put(out, "fee.free", fee.free());
        }
        put(out, "online", d.onlineLevel());
        put(out, "interAgency", d.interAgency());
        put(out, "agency", d.implementingAgency());
        put(out, "legalBasis", d.legalBasis());
        return out.toString();
    }

    private static void put(StringBuilder out, String key, Object value) {
        // null and "" must differ: "fee amount not stated" is not "fee amount empty"
        String text = value == null ? "-" : "=" + value;
        out.append(key).append(text.length()).append(':').append(text).append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
