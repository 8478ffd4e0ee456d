package dev.codevault.backend.crypto;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The ids of the master keys that data in this database was sealed with, kept in {@code master_keys}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MasterKeyLedger extends CrudRepository<MasterKeyRecord, String> {
}
