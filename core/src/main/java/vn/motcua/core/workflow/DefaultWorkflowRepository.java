package vn.motcua.core.workflow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DefaultWorkflowRepository extends GenericRepository<DefaultWorkflow, Long> {
    DefaultWorkflow save(DefaultWorkflow workflow);

    Optional<DefaultWorkflow> findFirstByProcedureCodeOrderByVersionDesc(String procedureCode);

    java.util.List<DefaultWorkflow> findByProcedureCodeOrderByVersionDesc(String procedureCode);
}
