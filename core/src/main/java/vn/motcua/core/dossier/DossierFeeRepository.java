package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierFeeRepository extends GenericRepository<DossierFee, Long> {
    DossierFee save(DossierFee fee);

    List<DossierFee> findByTenantIdAndDossierIdOrderById(long tenantId, long dossierId);

    boolean existsByTenantIdAndReceiptNumber(long tenantId, String receiptNumber);
}
