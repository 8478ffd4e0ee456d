package dev.codevault.backend.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Stores analysis results in {@code analysis_results}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AnalysisResultRepository extends CrudRepository<AnalysisResultRecord, UUID> {
}
