package vn.motcua.tenants.legacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * {@code manifest.json} of an import archive, as written by the previous system's export (format
 * {@value #FORMAT}, described in {@code tenants/LEGACY-IMPORT.md}). Dates are text here and read by the import,
 * so that a bad one is reported with its entry instead of failing the whole file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegacyManifest(String format, String source, String exportedAt, List<Entry> dossiers) {
    public static final String FORMAT = "motcua-legacy-dossiers/1";
    public static final String FILE = "manifest.json";

    /** One dossier of the previous system. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String code, String procedureCode, String channel, Applicant applicant, String received,
                        String due, String resolved, String returned, String status, List<Line> controlSheet,
                        List<Document> documents) {
    }

    /** Người nộp: a person (idNumber = CCCD) or, with a tax code, an organisation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applicant(String name, String phone, String idNumber, String taxCode, String address) {
    }

    /** One line of the control sheet, in the previous system's words; statuses in its vocabulary. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String action, String fromStatus, String toStatus, String actor, String at, String note) {
    }

    /** A scanned paper: its name, its file inside the zip, the SHA-256 of the file (hex). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String name, String path, String sha256) {
    }
}
