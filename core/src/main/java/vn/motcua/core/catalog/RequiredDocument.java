package vn.motcua.core.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Thành phần hồ sơ: one paper to submit. Counts are null when the source does not state them;
 * a document can be asked as an original and a copy at once ("1 bản chính, 1 bản sao").
 * What the line asks of the applicant ({@link #kind()}) is read from its wording, see {@link Checklist}, unless
 * provincial IT stated it ({@code declaredKind}, set by the completeness correction; null for imported lines).
 */
public record RequiredDocument(String name, Integer originalCount, Integer copyCount, String formTemplate,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Kind declaredKind) {

    /** What a checklist line asks for. */
    public enum Kind {
        /** Always handed in. */
        REQUIRED,
        /** Only in some cases ("Trường hợp…", "… trong trường hợp ủy quyền", "(nếu …)"): the clerk may mark it not applicable. */
        CONDITIONAL,
        /** One of several papers ("A hoặc B", "A/B", "A; trường hợp không có A thì B"): one of its group is enough. */
        ALTERNATIVE,
        /** Not a paper: guidance or a heading ("0 bản chính", "Lưu ý…", "…các giấy tờ sau:"). */
        NOTE
    }

    public RequiredDocument {
        name = CatalogText.clean(name);
        formTemplate = CatalogText.clean(formTemplate);
    }

    /** A line whose kind is read from its wording. */
    public RequiredDocument(String name, Integer originalCount, Integer copyCount, String formTemplate) {
        this(name, originalCount, copyCount, formTemplate, null);
    }

    /** The declared kind, else the kind read from the line's own wording; {@link Checklist#of} also joins "hoặc …" lines to the one before. */
    @JsonIgnore
    public Kind kind() {
        return Checklist.kindOf(this);
    }

    /** Originals handed in at the counter: the catalog's count, else one unless only copies are asked. */
    @JsonIgnore
    public int originalsOrDefault() {
        return originalCount != null ? originalCount : copyCount != null && copyCount > 0 ? 0 : 1;
    }

    /** Copies handed in at the counter: the catalog's count, else none. */
    @JsonIgnore
    public int copiesOrDefault() {
        return copyCount != null ? copyCount : 0;
    }
}
