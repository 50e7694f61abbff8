package vn.motcua.core.catalog;

/**
 * Thành phần hồ sơ: one paper to submit. Counts are null when the source does not state them;
 * a document can be asked as an original and a copy at once ("1 bản chính, 1 bản sao").
 */
public record RequiredDocument(String name, Integer originalCount, Integer copyCount, String formTemplate) {

    public RequiredDocument {
        name = CatalogText.clean(name);
        formTemplate = CatalogText.clean(formTemplate);
    }
}
