package vn.motcua.core.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A procedure as read from an import file, before it is stored as a catalog version.
 *
 * @param nationalCode       mã TTHC, e.g. {@code 1.001234}
 * @param provinceSuffix     the province part of the full code ({@code 000.00.00.H56}), null in national files
 * @param levels             every level that runs it; empty when the source does not say
 * @param interAgency        liên thông; null when the source gives no sign either way
 * @param implementingAgency cơ quan thực hiện
 * @param legalBasis         căn cứ pháp lý as free text
 * @param deadlineUnitAssumed the deadline's unit was not in the source but taken by the parser (the portal column's
 *                           default): provincial IT should check it
 * @param noFixedDeadline    provincial IT stated that the law fixes no deadline (not the same as "not known")
 */
public record ProcedureDraft(
        String nationalCode,
        String provinceSuffix,
        String name,
        String field,
        Set<Level> levels,
        LegalDeadline legalDeadline,
        List<RequiredDocument> documents,
        List<Fee> fees,
        OnlineLevel onlineLevel,
        Boolean interAgency,
        String implementingAgency,
        String legalBasis,
        boolean deadlineUnitAssumed,
        boolean noFixedDeadline) {

    public ProcedureDraft {
        nationalCode = CatalogText.clean(nationalCode);
        provinceSuffix = CatalogText.clean(provinceSuffix);
        name = CatalogText.clean(name);
        field = CatalogText.clean(field);
        levels = levels == null || levels.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Level.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(levels));
        legalDeadline = Objects.requireNonNullElse(legalDeadline, LegalDeadline.UNKNOWN);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        onlineLevel = Objects.requireNonNullElse(onlineLevel, OnlineLevel.UNKNOWN);
        implementingAgency = CatalogText.clean(implementingAgency);
        legalBasis = CatalogText.clean(legalBasis);
        deadlineUnitAssumed = deadlineUnitAssumed && legalDeadline.isKnown();
        noFixedDeadline = noFixedDeadline && !legalDeadline.isKnown();
    }

    /** A draft whose deadline, if any, was read with its unit. */
    public ProcedureDraft(String nationalCode, String provinceSuffix, String name, String field, Set<Level> levels,
                          LegalDeadline legalDeadline, List<RequiredDocument> documents, List<Fee> fees,
                          OnlineLevel onlineLevel, Boolean interAgency, String implementingAgency, String legalBasis) {
        this(nationalCode, provinceSuffix, name, field, levels, legalDeadline, documents, fees, onlineLevel, interAgency,
                implementingAgency, legalBasis, false, false);
    }

    /** National code plus the province suffix when there is one: {@code 1.010708.000.00.00.H56}. */
    public String fullCode() {
        return provinceSuffix == null ? nationalCode : nationalCode + "." + provinceSuffix;
    }

    public boolean isCommuneLevel() {
        return levels.contains(Level.COMMUNE);
    }

    /**
     * SHA-256 (hex) of the canonical content: equal for an unchanged procedure on re-import, different
     * as soon as anything a citizen or clerk relies on changes, so the caller can store a new version.
     */
    public String fingerprint() {
        return ProcedureFingerprint.of(this);
    }
}
