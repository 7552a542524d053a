package de.cet.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Found by bench/drills/pg-restart: while PostgreSQL restarted, requests in flight answered 500 and
 * requests whose token could not be checked answered 401. Both must be a retryable 503.
 */
class DatabaseOutageProblemTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void queryOnAConnectionTheServerTerminatedAnswers503WithRetryAfter() {
        var terminated = new PSQLException("FATAL: terminating connection due to administrator command", PSQLState.CONNECTION_FAILURE);
        Response answer = mapper.unexpected(new GenericJDBCException("JDBC exception executing SQL", terminated), null, null);
        assertEquals(503, answer.getStatus());
        assertEquals("application/problem+json", answer.getMediaType().toString());
        assertNotNull(answer.getHeaderString("Retry-After"));
    }

    @Test
    void commitThatFailedBecauseTheServerShutDownAnswers503() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Response answer = mapper.unexpected(new RuntimeException("Error invoking subclass method", rollback), null, null);
        assertEquals(503, answer.getStatus());
    }

    @Test
    void tokenWhoseSessionCouldNotBeCheckedForLackOfDatabaseAnswers503NotUnauthenticated() {
        var refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        Response answer = mapper.authenticationFailed(new AuthenticationFailedException("session check failed", refused), null, null);
        assertEquals(503, answer.getStatus());
    }

    @Test
    void badTokenStillAnswers401() {
        assertEquals(401, mapper.authenticationFailed(new AuthenticationFailedException("invalid token"), null, null).getStatus());
    }

    @Test
    void otherDatabaseErrorsStay500() {
        var syntax = new SQLException("syntax error at or near", "42601");
        assertEquals(500, mapper.unexpected(new GenericJDBCException("bad sql", syntax), null, null).getStatus());
        assertEquals(500, mapper.unexpected(new IllegalStateException("boom"), null, null).getStatus());
    }
}
