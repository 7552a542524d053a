package de.cet.shared.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.cet.shared.error.CetException;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.error.TooManyRequestsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every exception that leaves a resource is turned
 * into an RFC 9457 problem document here. Nothing internal (stack traces, SQL, class names) reaches
 * the caller; unexpected failures are logged with the request id that the answer also carries.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response cet(CetException e, UriInfo uri, HttpHeaders headers) {
        Map<String, Object> extensions = e.extensions();
        ProblemDocument doc = ProblemDocument.of(e.type(), e.kind().title(), e.kind().status(), e.getMessage(),
            instance(uri), RequestIds.of(headers), e.errors(), extensions);
        Response.ResponseBuilder answer = Response.status(e.kind().status()).entity(doc).type(ProblemDocument.MEDIA_TYPE);
        if (e instanceof TooManyRequestsException tooMany) {
            answer.header("Retry-After", tooMany.retryAfterSeconds());
        } else if (extensions.get("retryAfterSeconds") instanceof Number retry) {
            answer.header("Retry-After", retry.longValue());
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .collect(Collectors.toList());
        return invalid(errors, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemKind.INVALID_INPUT, "malformed-json", "The request body is not well-formed JSON.",
            uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return invalid(List.of(new FieldError(pathOf(e), "is not a known field")), uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return invalid(List.of(new FieldError(pathOf(e), describe(e))), uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return invalid(List.of(new FieldError(pathOf(e), describe(e))), uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response instantiation(ValueInstantiationException e, UriInfo uri, HttpHeaders headers) {
        return invalid(List.of(new FieldError(pathOf(e), describe(e))), uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return invalid(List.of(new FieldError(pathOf(e), describe(e))), uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemKind.INVALID_INPUT, "malformed-json", "The request body is not well-formed JSON.",
            uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        // A token whose session could not be checked because the database is away is not a bad
        // token: answering 401 would make clients drop a valid sign-in.
        if (databaseUnavailable(e)) {
            return unavailable(e, uri, headers);
        }
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemKind.FORBIDDEN, ProblemKind.FORBIDDEN.slug(), "Your role does not allow this.", uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        // JAX-RS wraps a parameter converter's refusal in a 404 (QueryParamConverters): answer the refusal.
        if (e.getCause() instanceof CetException refusal) {
            return cet(refusal, uri, headers);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return json((JsonProcessingException) e.getCause(), uri, headers);
        }
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", RequestIds.of(headers));
            return serverError(uri, headers);
        }
        String detail = switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation; this API answers application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Unsupported content type; send application/json (or multipart/form-data for uploads).";
            default -> "The request could not be processed.";
        };
        Response.ResponseBuilder answer = Response.status(status)
            .entity(ProblemDocument.ofStatus(status, HttpStatusTitles.of(status), detail, instance(uri), RequestIds.of(headers)))
            .type(ProblemDocument.MEDIA_TYPE);
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return staleConcurrent(uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return staleConcurrent(uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        // Transactions and proxies wrap what the code threw; answer for the cause when we know it.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof CetException cet) {
                return cet(cet, uri, headers);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleConcurrent(uri, headers);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return problem(ProblemKind.CONFLICT, ProblemKind.CONFLICT.slug(),
                    "The change conflicts with data stored meanwhile; reload and retry.", uri, headers);
            }
        }
        if (databaseUnavailable(e)) {
            return unavailable(e, uri, headers);
        }
        LOG.errorf(e, "Request %s failed unexpectedly", RequestIds.of(headers));
        return serverError(uri, headers);
    }

    /**
     * True when the failure is the database being unreachable (restart, failover, network, a pool
     * that cannot get a connection): SQLState class 08 (connection exception), 57P01-57P03 (server
     * shutting down or starting), or the JDBC/Hibernate connection exception types. Also looks at
     * suppressed exceptions, where the transaction manager puts the cause of a failed commit.
     */
    static boolean databaseUnavailable(Throwable e) {
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private Response unavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Request %s: database unavailable (%s)", RequestIds.of(headers), e.toString());
        return Response.status(503)
            .entity(ProblemDocument.of(ProblemKind.UNAVAILABLE,
                "The service is briefly unavailable; retry in a few seconds.", instance(uri), RequestIds.of(headers), null))
            .type(ProblemDocument.MEDIA_TYPE)
            .header("Retry-After", 5)
            .build();
    }

    private Response staleConcurrent(UriInfo uri, HttpHeaders headers) {
        return problem(ProblemKind.CONFLICT, "stale-version",
            "The resource was changed by someone else meanwhile; reload it and retry.", uri, headers);
    }

    private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        return Response.status(401)
            .entity(ProblemDocument.of(ProblemKind.UNAUTHENTICATED,
                "A valid access token is required.", instance(uri), RequestIds.of(headers), null))
            .type(ProblemDocument.MEDIA_TYPE)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .build();
    }

    private Response serverError(UriInfo uri, HttpHeaders headers) {
        return Response.status(500)
            .entity(ProblemDocument.ofStatus(500, "Internal Server Error",
                "Something went wrong on our side. Quote the request id when you report it.",
                instance(uri), RequestIds.of(headers)))
            .type(ProblemDocument.MEDIA_TYPE)
            .build();
    }

    private Response invalid(List<FieldError> errors, UriInfo uri, HttpHeaders headers) {
        String detail = errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
        ProblemDocument doc = ProblemDocument.of(ProblemKind.INVALID_INPUT, detail, instance(uri), RequestIds.of(headers),
            errors);
        return Response.status(400).entity(doc).type(ProblemDocument.MEDIA_TYPE).build();
    }

    private Response problem(ProblemKind kind, String slug, String detail, UriInfo uri, HttpHeaders headers) {
        return Response.status(kind.status())
            .entity(ProblemDocument.of(slug, kind.title(), kind.status(), detail, instance(uri), RequestIds.of(headers), null, null))
            .type(ProblemDocument.MEDIA_TYPE)
            .build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** {@code amount}, {@code items[2].amount}: the JSON path of the offending value. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CetException cet) {
            return cet.errors().isEmpty() ? cet.getMessage() : cet.errors().get(0).message();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            Class<?> target = f.getTargetType();
            if (target.isEnum()) {
                List<String> allowed = new ArrayList<>();
                for (Object constant : target.getEnumConstants()) {
                    allowed.add(((Enum<?>) constant).name());
                }
                return "must be one of " + String.join(", ", allowed);
            }
            return "has the wrong format for " + friendlyType(target);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + friendlyType(m.getTargetType());
        }
        return "has a wrong type or format";
    }

    private static String friendlyType(Class<?> type) {
        String name = type.getSimpleName();
        return switch (name) {
            case "Money" -> "a string with exactly two fraction digits, e.g. \"12.34\"";
            case "LocalDate" -> "a date like \"2026-03-01\"";
            case "Instant" -> "an instant like \"2026-03-01T10:15:30Z\"";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            default -> List.class.isAssignableFrom(type) ? "a list" : "of the documented type";
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Property paths look like "create.arg0.amount" or "create.request.amount"; keep the bean part.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? parts[1] : path;
    }
}
