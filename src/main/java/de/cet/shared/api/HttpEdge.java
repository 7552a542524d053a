package de.cet.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.ProblemKind;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import de.cet.shared.logging.LogContext;
import org.jboss.logging.MDC;

/**
 * What every HTTP exchange gets, whichever handler serves it: a request id (also in the logs), the
 * security headers of API.md, a size cap on JSON bodies (on the announced length before anything is
 * read, and on the bytes as they arrive when no length is announced), and a problem document for
 * routes nothing else serves. Each exchange ends with one log line (category {@code de.cet.http}: method,
 * path without the query string, status, milliseconds) carrying the request id and, once the caller is
 * known, the user id ({@link LogContext}); query strings are left out because mail links carry tokens.
 */
@ApplicationScoped
public class HttpEdge {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    // Swagger UI and the dev UI are pages with scripts and styles of their own.
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    // The web app (everything outside /api and /q): no inline script or style, no eval, only its own origin.
    static final String WEB_APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; frame-ancestors 'none'; "
        + "base-uri 'self'; form-action 'self'";
    // Vite's dev server (dev mode only) injects its styles and the React refresh preamble inline and talks
    // over a web socket for hot reload.
    static final String WEB_APP_DEV_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; connect-src 'self' ws: wss:; manifest-src 'self'; worker-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger ACCESS = Logger.getLogger("de.cet.http");

    private final ObjectMapper json;
    private final long maxJsonBody;

    HttpEdge(ObjectMapper json, @ConfigProperty(name = "cet.http.max-json-body") MemorySize maxJsonBody) {
        this.json = json;
        this.maxJsonBody = maxJsonBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::edge);
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void edge(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId == null || !CLIENT_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            request.headers().set(RequestIds.HEADER, requestId);
        }
        MDC.put(LogContext.REQUEST_ID, requestId);
        MDC.remove(LogContext.USER_ID);
        String id = requestId;
        String path = request.path();
        ctx.addHeadersEndHandler(v -> securityHeaders(ctx.response(), request, path, id));
        if (ACCESS.isInfoEnabled()) {
            long started = System.nanoTime();
            ctx.addEndHandler(v -> ACCESS.infof("%s %s %d %d ms", request.method(), path, ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000));
        }

        if (containsEncodedNul(request.uri())) {
            // PostgreSQL cannot store NUL in text; refuse it here rather than fail deep in a query.
            send(ctx, ProblemDocument.of(ProblemKind.INVALID_INPUT,
                "The address contains a NUL character (%00), which CET never accepts.", path, id,
                nulFields(request.uri())));
            return;
        }
        if (isApi(path) && isJson(request)) {
            long declared = declaredLength(request);
            if (declared > maxJsonBody) {
                // Refuse before reading: an oversized JSON body must not cost memory.
                request.pause();
                tooLarge(ctx, path, id);
                return;
            }
            if (declared < 0 && hasBody(request)) {
                // No length announced (chunked): count the bytes as they arrive and stop at the limit.
                readCapped(ctx, path, id);
                return;
            }
        }
        ctx.next();
    }

    private void readCapped(RoutingContext ctx, String path, String id) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxJsonBody) {
                refused[0] = true;
                request.pause();
                tooLarge(ctx, path, id);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> refused[0] = true);
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext ctx, String path, String id) {
        send(ctx, ProblemDocument.of(ProblemKind.PAYLOAD_TOO_LARGE,
            "The JSON body exceeds the limit of " + maxJsonBody + " bytes.", path, id, null));
    }

    private void notFound(RoutingContext ctx) {
        send(ctx, ProblemDocument.ofStatus(404, "Not Found", "No resource at this address.", ctx.request().path(),
            ctx.request().getHeader(RequestIds.HEADER)));
    }

    private static void securityHeaders(HttpServerResponse response, HttpServerRequest request, String path, String requestId) {
        var headers = response.headers();
        headers.set(RequestIds.HEADER, requestId);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", isUiPage(path) ? UI_CSP : isWebApp(path) ? webAppCsp() : API_CSP);
        }
        if (isApi(path) && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (isWebApp(path)) {
            // Vite names everything under /assets/ by its content hash, so it never changes; index.html, the
            // service worker and the manifest must be asked for again, or a deployment would never reach users.
            headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/") ? IMMUTABLE : "no-cache");
        }
        if ("https".equalsIgnoreCase(request.scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private void send(RoutingContext ctx, ProblemDocument problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.getTitle() + "\",\"status\":" + problem.getStatus() + "}";
        }
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(problem.getStatus())
            .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        if (problem.getStatus() == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    /** The query parameters (or the path) that carry the NUL, named as validation errors name fields. */
    static List<FieldError> nulFields(String uri) {
        List<FieldError> errors = new ArrayList<>();
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        if (rawPath.contains("%00")) {
            errors.add(new FieldError("path", "must not contain NUL characters"));
        }
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                if (pair.contains("%00")) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    errors.add(new FieldError(
                        name.contains("%00") ? "query" : name, "must not contain NUL characters"));
                }
            }
        }
        return errors;
    }

    static boolean containsEncodedNul(String uri) {
        return uri != null && uri.contains("%00");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    static boolean isWebApp(String path) {
        return !isApi(path) && !path.equals("/q") && !path.startsWith("/q/");
    }

    private static String webAppCsp() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT ? WEB_APP_DEV_CSP : WEB_APP_CSP;
    }

    private static boolean isUiPage(String path) {
        return path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui") || path.startsWith("/q/dev");
    }

    private static boolean isJson(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null || type.toLowerCase().contains("json");
    }

    /** A body of unannounced length may follow: chunked HTTP/1.1, or any HTTP/2 stream. */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return true;
        }
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
