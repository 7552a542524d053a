package de.cet.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Issue 11, section 2, for the mapper's fallbacks: whatever a database error, a driver or a library
 * says, the answer is CET's sentence with the request id; the statement, the constraint, the row's
 * values and class names are not in it.
 */
class ProblemMapperNoInternalsTest {

    static final Pattern INTERNALS = Pattern.compile(
        "(?i)\\b(insert|update|select|values|delete|constraint|violates|sqlstate|exception)\\b"
            + "|(?i)ERROR:|Detail:|_fkey|_pkey|_key\\b|\\bde\\.cet\\.|\\borg\\.[a-z]|\\bjava\\.[a-z]|\\bcom\\.[a-z]|\\bjakarta\\.");
    static final String SECRET_VALUE = "Erika-Mustermann-4711";

    private final ProblemMapper mapper = new ProblemMapper();
    private final ObjectMapper json = new ObjectMapper();

    static HttpHeaders headers(String requestId) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> method.getName().equals("getHeaderString") && RequestIds.HEADER.equals(args[0])
                ? requestId : null);
    }

    String answered(Response answer, String requestId) throws Exception {
        String body = json.writeValueAsString(answer.getEntity());
        assertTrue(body.contains("\"requestId\":\"" + requestId + "\""), body);
        var found = INTERNALS.matcher(body);
        assertFalse(found.find(), () -> "internal detail \"" + found.group() + "\" in " + body);
        assertFalse(body.contains(SECRET_VALUE), body);
        return body;
    }

    static PSQLException driverError() {
        return new PSQLException("ERROR: duplicate key value violates unique constraint \"identity_user_email_uq\"\n"
            + "  Detail: Key (lower(email::text))=(" + SECRET_VALUE + "@example.org) already exists.", PSQLState.UNIQUE_VIOLATION);
    }

    @Test
    void aUniqueViolationDeepInsideTheTransactionIsAConflictInCetsWords() throws Exception {
        var violation = new ConstraintViolationException("could not execute statement [" + driverError().getMessage()
            + "] [insert into identity_user (email, id) values (?, ?)]", driverError(),
            "insert into identity_user (email, id) values (?, ?)", "identity_user_email_uq");
        Response answer = mapper.unexpected(new RuntimeException("Error invoking subclass method",
            new PersistenceException("could not execute statement", violation)), null, headers("req-409"));

        assertEquals(409, answer.getStatus());
        answered(answer, "req-409");
    }

    @Test
    void anyOtherDatabaseErrorIsA500InCetsWords() throws Exception {
        var tooLong = new PSQLException("ERROR: value too long for type character varying(100): " + SECRET_VALUE,
            PSQLState.DATA_ERROR);
        Response answer = mapper.unexpected(new GenericJDBCException(
            "could not execute statement [update ledger_account set name=? where id=?]", tooLong), null, headers("req-500"));

        assertEquals(500, answer.getStatus());
        assertTrue(answered(answer, "req-500").contains("Quote the request id"));
    }

    @Test
    void aServerErrorRaisedAsAWebExceptionIsA500InCetsWords() throws Exception {
        Response answer = mapper.web(new InternalServerErrorException("select * from identity_user where email = '"
            + SECRET_VALUE + "'"), null, headers("req-web"));

        assertEquals(500, answer.getStatus());
        answered(answer, "req-web");
    }

    @Test
    void aBodyJacksonCannotMapNamesTheFieldNotTheClass() throws Exception {
        var mismatch = MismatchedInputException.from(null, de.cet.shared.api.PageRequest.class,
            "Cannot construct instance of `de.cet.shared.api.PageRequest`: " + SECRET_VALUE);
        Response answer = mapper.mismatched(mismatch, null, headers("req-400"));

        assertEquals(400, answer.getStatus());
        answered(answer, "req-400");
    }
}
