package vn.motcua.tenants.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.province.ProvincialScope;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** What the merge tests do to their centers before and after a merge: receive a birth registration, count rows. */
@Singleton
class MergeTestData {
    private final IntakeService intake;
    private final ProvincialScope province;
    private final JdbcOperations jdbc;

    MergeTestData(IntakeService intake, ProvincialScope province, JdbcOperations jdbc) {
        this.intake = intake;
        this.province = province;
        this.jdbc = jdbc;
    }

    /** A birth registration received in person by this clerk, with one scanned form. */
    Dossier receive(CallContext clerk, String name) {
        return intake.receive(clerk, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25",
                null, Dossier.Channel.IN_PERSON, new Applicant.Individual(name, "025190000555", LocalDate.of(1990, 1, 2),
                "0912000555", "Xóm Trại"), List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf",
                ("%PDF-1.7\n" + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8))))).dossier();
    }

    /** The single number a query with one parameter answers, read on the provincial path (checks only). */
    long count(String sql, Object param) {
        return province.unaudited(() -> jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, param);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
