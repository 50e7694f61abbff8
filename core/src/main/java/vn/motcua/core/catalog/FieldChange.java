package vn.motcua.core.catalog;

/** One field that differs between two versions, with both values as shown to people. */
public record FieldChange(String field, String label, String before, String after) {
}
