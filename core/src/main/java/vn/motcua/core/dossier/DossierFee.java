package vn.motcua.core.dossier;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Phí, lệ phí collected for a dossier, with how it was paid and the receipt (biên lai) number. */
@MappedEntity("dossier_fee")
public record DossierFee(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, long dossierId,
                         long amountVnd, Method method, String receiptNumber, String recordedBy, Instant recordedAt) {

    public enum Method {
        CASH("Tiền mặt"), TRANSFER("Chuyển khoản"), QR("Quét mã QR");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
