package vn.motcua.core.context;

import java.util.function.Predicate;

/**
 * Every permission MotCua checks, each with the people it is granted to, declared once: services check them
 * ({@link CallContext#require}), pages declare the one they need, and the menu shows a page only to those who
 * hold its permission.
 */
public enum Permission {
    /** The inbox, a dossier's file, its actions, notes, fees, papers, search and export. */
    WORK_ON_DOSSIERS(Audience.CENTER_STAFF),
    /** Receiving at the counter: the center's own clerks and director. */
    RECEIVE_DOSSIERS(Audience.CENTER_MEMBER),
    /** Read the center's staff list and served procedures. */
    READ_CENTER(Audience.CENTER_STAFF),
    /** The center's profile, staff, served procedures and its own workflows. */
    MANAGE_CENTER(Audience.CENTER_MANAGER),
    /** The center's profile page: its manager edits it; provincial IT reads the province's own. */
    OPEN_CENTER_PROFILE(Audience.CENTER_MANAGER.or(Audience.PROVINCE)),
    /** Who did what. */
    READ_AUDIT(Audience.CENTER_MANAGER.or(Audience.PROVINCE)),
    /** Workflows: a center's own (its manager) or the province's defaults (provincial IT at the province). */
    EDIT_WORKFLOWS(Audience.CENTER_MANAGER.or(Audience.PROVINCE)),
    /** The province's default workflows, edited at the province itself. */
    EDIT_DEFAULT_WORKFLOWS(Audience.PROVINCE_HOME),
    /** Centers registry, catalog, calendar: provincial IT. */
    ADMINISTER_PROVINCE(Audience.PROVINCE),
    /** Merging centers (preview and run): provincial IT at the province, never acting as a center. */
    MERGE_CENTERS(Audience.PROVINCE_HOME),
    /** Event subscriptions (the national portal, the LGSP): provincial IT at the province itself. */
    MANAGE_EVENT_SUBSCRIPTIONS(Audience.PROVINCE_HOME);

    private final Predicate<CallContext> audience;

    Permission(Predicate<CallContext> audience) {
        this.audience = audience;
    }

    public boolean grantedTo(CallContext ctx) {
        return ctx != null && audience.test(ctx);
    }

    /** Who the permissions are granted to. */
    private interface Audience {
        /** Provincial IT, wherever it acts. */
        Predicate<CallContext> PROVINCE = ctx -> ctx.role() == Role.PROVINCIAL_ADMIN;
        /** Provincial IT at the province, not acting as a center. */
        Predicate<CallContext> PROVINCE_HOME = PROVINCE.and(ctx -> !ctx.actingAsOtherCenter());
        /** The director, or provincial IT acting as the center (an audited choice). */
        Predicate<CallContext> CENTER_MANAGER = CallContext::managesCenter;
        /** Anyone working on the center's dossiers: its clerks and its managers. */
        Predicate<CallContext> CENTER_STAFF = CENTER_MANAGER.or(ctx -> ctx.role() == Role.CLERK);
        /** The center's own people: clerks and director. */
        Predicate<CallContext> CENTER_MEMBER = ctx -> ctx.role() == Role.CLERK || ctx.role() == Role.DIRECTOR;
    }
}
