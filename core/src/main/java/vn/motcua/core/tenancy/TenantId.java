package vn.motcua.core.tenancy;

/** The id of a service center (tenant). Every tenant-owned row carries it. */
public record TenantId(long value) {
    public static TenantId of(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive: " + value);
        }
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
