package dev.codevault.backend.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Stores accounts in {@code users}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, UUID> {

    /** Finds the account of a normalised email address. */
    Optional<User> findByEmail(String email);
}
