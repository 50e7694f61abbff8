package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import vn.motcua.core.context.BusinessTime;

/**
 * Đánh giá mức độ hài lòng at the kiosk, tablet or the citizen's phone, without login: the applicant first proves the
 * dossier is theirs through {@link DossierStatusLookup} — the receipt's secret (its QR code opens the page with it), or
 * the throttled, audited fallback of code plus the phone's last four digits — and rates it once, when it has a result.
 * The proof is a {@link DossierStatusLookup.Proven} only the look-up makes, so nothing here can be guessed around it.
 */
@Singleton
public class SatisfactionRatings {
    private static final Actor KIOSK = Actor.system("kiosk-danh-gia");

    private final DossierStatusLookup lookup;
    private final DossierRatingRepository ratings;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final BusinessTime time;
    private final PortalEvents portal;
    private final IndicatorTallies tallies;

    public SatisfactionRatings(DossierStatusLookup lookup, DossierRatingRepository ratings, TenantTransactions tx,
                               AuditLog audit, BusinessTime time, PortalEvents portal, IndicatorTallies tallies) {
        this.portal = portal;
        this.tallies = tallies;
        this.lookup = lookup;
        this.ratings = ratings;
        this.tx = tx;
        this.audit = audit;
        this.time = time;
    }

    /** Rates the dossier {@code proven} by the look-up: once, and only when it has a result. */
    public DossierRating rate(DossierStatusLookup.Proven proven, @Nullable DossierRating.Level level, @Nullable String comment) {
        if (proven == null) {
            throw DossierProblems.refused("code", "Nhập mã hồ sơ và mã tra cứu trên giấy hẹn (hoặc 4 số cuối điện thoại)",
                    "Prove the dossier first: its code and the receipt's lookup code (or the phone's last four digits)");
        }
        if (level == null) {
            throw DossierProblems.refused("level", "Vui lòng chọn mức độ hài lòng", "Choose a satisfaction level");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw DossierProblems.refused("comment", "Góp ý dài quá 1000 ký tự", "The comment is longer than 1000 characters");
        }
        Dossier d = lookup.reread(proven);
        if (d.status() != DossierStatus.RESOLVED && d.status() != DossierStatus.RETURNED) {
            throw DossierProblems.refused("code", "Hồ sơ chưa có kết quả, chưa thể đánh giá", "The dossier has no result yet");
        }
        TenantId tenant = TenantId.of(d.tenantId());
        return tx.write(tenant, () -> {
            if (ratings.findByTenantIdAndDossierId(d.tenantId(), d.id()).isPresent()) {
                throw DossierProblems.refused("code", "Hồ sơ này đã được đánh giá, cảm ơn ông/bà",
                        "This dossier was already rated");
            }
            DossierRating saved = ratings.save(new DossierRating(d.tenantId(), d.id(), level, note, time.now()));
            portal.rated(tenant, d, saved);
            audit.record(tenant, KIOSK, AuditAction.DOSSIER_RATED, "dossier", d.code(), level.label()
                    + (proven.bySecret() ? " (mã tra cứu trên giấy hẹn)" : " (mã hồ sơ và số điện thoại)"));
            tallies.refresh(tenant, saved.ratedAt());
            return saved;
        });
    }
}
