package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.outbox.Outbox;
import vn.motcua.core.outbox.OutboxEventType;
import vn.motcua.core.tenancy.TenantId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dossier's changes as events for the national portal and the LGSP, written to the {@link Outbox} by the
 * transaction that makes the change ({@link DossierProcessing}, {@link IntakeService}, {@link SatisfactionRatings}).
 * The payload carries the portal's dossier synchronisation fields as public integrations name them
 * ({@code DongBoHoSoMC}: MaHoSo, MaTTHC, TrangThaiHoSo, NgayTiepNhan, NgayHenTra, NgayKetThucXuLy, NgayTra …; and
 * {@code CapNhatTienDoHoSoMC}: NguoiXuLy, ThoiDiemXuLy, NoiDungXuLy, TrangThai), dates as {@code yyyyMMddHHmmss} in
 * Vietnam's time; the README's "Events out" section lists the sources and what is assumed. Only what the portal
 * asks for leaves: the applicant's name, not the identity number, phone or address.
 */
@Singleton
public class PortalEvents {
    /** The portal's date format (yyyyMMddHHmmss, Vietnam time). */
    static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BusinessTime.ZONE);

    private final Outbox outbox;
    private final ObjectMapper json;

    public PortalEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** The event of one control-sheet line; {@code returned} is how the result went back, for RETURN_RESULT. */
    void changed(TenantId tenant, Dossier after, ControlSheetEntry entry, @Nullable ReturnMethod returned) {
        OutboxEventType type = typeOf(entry);
        outbox.append(tenant, after.id(), type, entry.at(), envelope -> {
            Map<String, Object> hoSo = dossierFields(after);
            if (type == OutboxEventType.RETURNED) {
                hoSo.put("NgayTra", PORTAL_DATE.format(entry.at()));
                if (returned != null) {
                    hoSo.put("HinhThuc", returnForm(returned));
                }
            }
            Map<String, Object> tienDo = new LinkedHashMap<>();
            tienDo.put("MaHoSo", after.code());
            tienDo.put("NguoiXuLy", entry.by());
            tienDo.put("ThoiDiemXuLy", PORTAL_DATE.format(entry.at()));
            tienDo.put("NoiDungXuLy", entry.action().label() + (entry.note() == null ? "" : ": " + entry.note()));
            tienDo.put("TrangThai", String.valueOf(entry.toStatus().portalCode()));
            if (entry.toStepName() != null) {
                tienDo.put("BuocXuLy", entry.toStepName());
            }
            return write(envelope(envelope, tenant, hoSo, tienDo, null));
        });
    }

    /** The citizen's rating, which the control sheet does not hold. */
    void rated(TenantId tenant, Dossier d, DossierRating rating) {
        outbox.append(tenant, d.id(), OutboxEventType.RATED, rating.ratedAt(), envelope -> {
            Map<String, Object> danhGia = new LinkedHashMap<>();
            danhGia.put("MaHoSo", d.code());
            danhGia.put("MucDoHaiLong", rating.level().name());
            danhGia.put("TenMucDo", rating.level().label());
            danhGia.put("ThoiDiemDanhGia", PORTAL_DATE.format(rating.ratedAt()));
            if (rating.comment() != null) {
                danhGia.put("GopY", rating.comment());
            }
            return write(envelope(envelope, tenant, dossierFields(d), null, danhGia));
        });
    }

    static OutboxEventType typeOf(ControlSheetEntry entry) {
        return switch (entry.action()) {
            case RECEIVE -> OutboxEventType.RECEIVED;
            case HAND_OVER -> OutboxEventType.STEP_CHANGED;
            case REQUEST_SUPPLEMENT, REQUEST_FINANCIAL_OBLIGATION -> OutboxEventType.PAUSED;
            case SUPPLEMENT_RECEIVED, FINANCIAL_OBLIGATION_FULFILLED -> OutboxEventType.RESUMED;
            case APOLOGY -> OutboxEventType.APOLOGY;
            case REJECT, STOP -> entry.toStatus() == DossierStatus.REJECTED ? OutboxEventType.REJECTED : OutboxEventType.STOPPED;
            case WITHDRAW -> OutboxEventType.WITHDRAWN;
            case RESOLVE -> OutboxEventType.RESOLVED;
            case RETURN_RESULT -> OutboxEventType.RETURNED;
            // written by a merge or an import, never through changed(): the dossier keeps its code at the successor,
            // and a previous system's history was that system's to report
            case TRANSFER, LEGACY, IMPORTED -> throw new IllegalArgumentException("not a portal event: " + entry.action());
        };
    }

    private static Map<String, Object> envelope(Outbox.Envelope e, TenantId tenant, Map<String, Object> hoSo,
                                                @Nullable Map<String, Object> tienDo, @Nullable Map<String, Object> danhGia) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", e.eventId().toString());
        body.put("eventType", e.type().name());
        body.put("sequence", e.sequence());
        body.put("occurredAt", e.occurredAt().toString());
        body.put("centerId", tenant.value());
        body.put("hoSo", hoSo);
        if (tienDo != null) {
            body.put("tienDo", tienDo);
        }
        if (danhGia != null) {
            body.put("danhGia", danhGia);
        }
        return body;
    }

    /** DongBoHoSoMC's fields as the dossier stands after the change. */
    private static Map<String, Object> dossierFields(Dossier d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MaHoSo", d.code());
        f.put("MaTTHC", d.procedureCode());
        f.put("TenTTHC", d.procedureName());
        DossierCode.tryParse(d.code()).ifPresent(c -> f.put("MaCoQuan", c.prefix()));
        f.put("KenhThucHien", switch (d.channel()) {
            case IN_PERSON -> "1";
            case ONLINE -> "2";
            case POSTAL -> "3";
        });
        f.put("ChuHoSo", d.applicantName());
        f.put("NgayTiepNhan", PORTAL_DATE.format(d.receivedAt()));
        f.put("NgayHenTra", PORTAL_DATE.format(d.appointment()));
        f.put("TrangThaiHoSo", String.valueOf(d.status().portalCode()));
        if (d.endedAt() != null) {
            f.put("NgayKetThucXuLy", PORTAL_DATE.format(d.endedAt()));
        }
        return f;
    }

    /** HinhThuc (how the result is returned): 0 at the counter, 1 by post (OpenCPS); 2 online is our assumption. */
    private static String returnForm(ReturnMethod method) {
        if (method instanceof ReturnMethod.Post) {
            return "1";
        }
        return method instanceof ReturnMethod.Online ? "2" : "0";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
