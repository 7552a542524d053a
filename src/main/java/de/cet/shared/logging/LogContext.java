package de.cet.shared.logging;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The names of what every log line of a request carries (the console pattern's {@code %X{...}} and the
 * JSON log's {@code mdc} object): the request id that {@code de.cet.shared.api.HttpEdge} assigns and the id of the signed-in
 * user once authentication has established it. Only these ids go there: never a token, a password, an
 * email address or an IBAN.
 */
public final class LogContext {
    public static final String REQUEST_ID = "requestId";
    public static final String USER_ID = "userId";

    private LogContext() {}

    /** Names the user for the rest of the request's log lines. */
    public static void user(UUID userId) {
        MDC.put(USER_ID, userId.toString());
    }
}
