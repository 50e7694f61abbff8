package vn.motcua.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of the commune-level catalog a machine can use as is: a countable deadline (a due date can be
 * computed), fees that are all free or a number of đồng, and a checklist with at least one paper to hand in
 * whose copies are counted. {@code deadlineUnitAssumed} counts deadlines whose unit the national export lost
 * and that were taken in the portal column's default unit (working days): provincial IT should check them.
 */
public record CatalogCoverage(int procedures, int deadline, int deadlineUnitAssumed, int fee, int checklist) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The commune-level procedures of a national-portal JSON Lines file. */
    public static CatalogCoverage ofNationalPortal(InputStream in) throws IOException {
        List<ProcedureDraft> drafts = new ArrayList<>();
        int assumed = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode json = JSON.readTree(line);
            ProcedureDraft draft = PortalRecordMapper.map(json);
            if (draft.isCommuneLevel()) {
                drafts.add(draft);
                if (draft.legalDeadline().isCountable() && PortalRecordMapper.unitAssumed(json)) {
                    assumed++;
                }
            }
        }
        CatalogCoverage counted = of(drafts);
        return new CatalogCoverage(counted.procedures, counted.deadline, assumed, counted.fee, counted.checklist);
    }

    /** The commune-level procedures among {@code drafts}. */
    public static CatalogCoverage of(List<ProcedureDraft> drafts) {
        int procedures = 0;
        int deadline = 0;
        int fee = 0;
        int checklist = 0;
        for (ProcedureDraft d : drafts) {
            if (!d.isCommuneLevel()) {
                continue;
            }
            procedures++;
            if (d.legalDeadline().isCountable()) {
                deadline++;
            }
            if (feeUsable(d.fees())) {
                fee++;
            }
            if (checklistUsable(d.documents())) {
                checklist++;
            }
        }
        return new CatalogCoverage(procedures, deadline, 0, fee, checklist);
    }

    static boolean feeUsable(List<Fee> fees) {
        return !fees.isEmpty() && fees.stream().allMatch(f -> f.free() || f.amountVnd() != null);
    }

    static boolean checklistUsable(List<RequiredDocument> documents) {
        List<RequiredDocument> papers = documents.stream().filter(d -> d.kind() != RequiredDocument.Kind.NOTE).toList();
        return !papers.isEmpty() && papers.stream().allMatch(d -> d.originalCount() != null || d.copyCount() != null);
    }

    /** "catalog.coverage.deadline: 570/588" and the like, one a line, for the benchmark's output. */
    public List<String> lines() {
        return List.of(
                "catalog.coverage.deadline: " + deadline + "/" + procedures,
                "catalog.coverage.deadline.unitAssumed: " + deadlineUnitAssumed + "/" + procedures
                        + " (unit lost by the export, taken as working days)",
                "catalog.coverage.fee: " + fee + "/" + procedures,
                "catalog.coverage.checklist: " + checklist + "/" + procedures);
    }
}
