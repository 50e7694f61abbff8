/**
 * The dossier (hồ sơ) domain, pure Java, no database (persistence is wired by the caller):
 * <ul>
 * <li>{@link vn.motcua.core.dossier.DossierCode}, {@link vn.motcua.core.dossier.AgencyCode}: the national dossier
 * code {@code <agency code>-YYMMDD-NNNN}, and the provisional prefix for centers without an agency code;</li>
 * <li>{@link vn.motcua.core.dossier.DossierStatus}: statuses with the national portal numbers 1–10;</li>
 * <li>{@link vn.motcua.core.dossier.DossierLifecycle}: the state machine, producing
 * {@link vn.motcua.core.dossier.ControlSheetEntry control sheet lines} and the pauses for
 * {@link vn.motcua.core.calendar.DeadlineService} through a {@link vn.motcua.core.dossier.DueDateFunction};</li>
 * <li>{@link vn.motcua.core.dossier.OnTimeRule}: early / on time / late with or without apology;</li>
 * <li>{@link vn.motcua.core.dossier.ApplicantRules}: applicant checks; {@link vn.motcua.core.dossier.UploadCheck}:
 * scans by content.</li>
 * </ul>
 * Regulation sources and what we could not find are named in each class (DOMAIN.md "Rules in force" otherwise).
 */
package vn.motcua.core.dossier;
