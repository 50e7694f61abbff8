package vn.motcua.tenants.center;

/**
 * Parts of a center's profile that may be missing: the agency code (mã định danh, without it dossier codes are
 * provisional), and what citizens look for on the kiosk and the receipt (address, phone, opening hours).
 * {@link ServiceCenter#missing()} lists them; the pages name them.
 */
public enum ProfileField {
    AGENCY_CODE, ADDRESS, PHONE, OPENING_HOURS
}
