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
 * Đánh giá mức độ hài lòng at the kiosk or tablet, without login: the applicant proves the dossier is theirs as
 * for the status look-up (code plus the phone's last four digits) and rates it once, when it has a result.
 */
@Singleton
public class SatisfactionRatings {
    private static final Actor KIOSK = Actor.system("kiosk-danh-gia");

    private final DossierStatusLookup lookup;
    private final DossierRatingRepository ratings;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final BusinessTime time;

    public SatisfactionRatings(DossierStatusLookup lookup, DossierRatingRepository ratings, TenantTransactions tx,
                               AuditLog audit, BusinessTime time) {
        this.lookup = lookup;
        this.ratings = ratings;
        this.tx = tx;
        this.audit = audit;
        this.time = time;
    }

    public DossierRating rate(String code, String phoneLastFour, @Nullable DossierRating.Level level, @Nullable String comment) {
        if (level == null) {
            throw DossierProblems.refused("level", "Vui lòng chọn mức độ hài lòng", "Choose a satisfaction level");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw DossierProblems.refused("comment", "Góp ý dài quá 1000 ký tự", "The comment is longer than 1000 characters");
        }
        Dossier d = find(code, phoneLastFour);
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
            audit.record(tenant, KIOSK, AuditAction.DOSSIER_RATED, "dossier", d.code(), level.label());
            return saved;
        });
    }

    private Dossier find(String code, String phoneLastFour) {
        if (code == null || code.isBlank() || phoneLastFour == null || !phoneLastFour.trim().matches("\\d{4}")) {
            throw DossierProblems.refused("code", "Nhập mã hồ sơ và 4 số cuối điện thoại", "Enter the code and the phone's last four digits");
        }
        return lookup.owned(code, phoneLastFour).orElseThrow(() -> DossierProblems.refused("code",
                "Không tìm thấy hồ sơ với mã và số điện thoại này", "No dossier with this code and phone"));
    }
}
