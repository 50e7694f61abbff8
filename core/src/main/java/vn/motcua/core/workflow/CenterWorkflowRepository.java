package vn.motcua.core.workflow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CenterWorkflowRepository extends GenericRepository<CenterWorkflow, Long> {
    CenterWorkflow save(CenterWorkflow workflow);

    Optional<CenterWorkflow> findFirstByTenantIdAndProcedureCodeOrderByVersionDesc(long tenantId, String procedureCode);

    List<CenterWorkflow> findByTenantIdAndProcedureCodeOrderByVersionDesc(long tenantId, String procedureCode);

    List<CenterWorkflow> findByTenantIdOrderByVersionDesc(long tenantId);
}
