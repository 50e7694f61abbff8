package vn.motcua.ui.api;

/** The roles of an API request besides people's ({@code PROVINCIAL_ADMIN}, {@code DIRECTOR}, {@code CLERK}). */
public final class ApiRoles {
    /** Any API client's token. */
    public static final String CLIENT = "API_CLIENT";
    /** A client that may read. */
    public static final String READ = "API_READ";
    /** A client that may also write (submit dossiers, confirm payments). */
    public static final String WRITE = "API_WRITE";
    /** The people's roles: the endpoints made for people only (their staff, their profile) take no client token. */
    public static final String PEOPLE_1 = "PROVINCIAL_ADMIN";
    public static final String PEOPLE_2 = "DIRECTOR";
    public static final String PEOPLE_3 = "CLERK";

    private ApiRoles() {
    }
}
