package vn.motcua.core.catalog;

/**
 * Phí or lệ phí. {@code amountVnd} is set only when the source states a number in đồng; a fee in
 * another currency or "by the tariff of circular X" keeps its wording in the description.
 */
public record Fee(String description, Long amountVnd, boolean free) {

    public Fee {
        description = CatalogText.clean(description);
        if (free && amountVnd != null && amountVnd != 0) {
            throw new IllegalArgumentException("a free fee has no amount");
        }
        if (free) {
            amountVnd = null;
        }
    }

    public static Fee free(String description) {
        return new Fee(description, null, true);
    }

    public static Fee amount(String description, long amountVnd) {
        return amountVnd == 0 ? free(description) : new Fee(description, amountVnd, false);
    }
}
