package vn.motcua.tenants.catalog;

/** What the public lookup page shows about a center. */
public record KioskCenter(String code, String displayName, String address, String phone) {
}
