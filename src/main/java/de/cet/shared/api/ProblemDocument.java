package de.cet.shared.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.ProblemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document, as every 4xx and 5xx answer carries it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public final class ProblemDocument {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:cet:problem:";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final String requestId;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private ProblemDocument(String type, String title, int status, String detail, String instance,
                            String requestId, List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** A problem of CET's own vocabulary, e.g. slug {@code validation} → {@code urn:cet:problem:validation}. */
    public static ProblemDocument of(String slug, String title, int status, String detail, String instance,
                                     String requestId, List<FieldError> errors, Map<String, Object> extensions) {
        return new ProblemDocument(TYPE_PREFIX + slug, title, status, detail, instance, requestId, errors, extensions);
    }

    /** A problem of one of CET's kinds: its slug, title and status as {@link ProblemKind} defines them. */
    public static ProblemDocument of(ProblemKind kind, String detail, String instance, String requestId,
                                     List<FieldError> errors) {
        return of(kind.slug(), kind.title(), kind.status(), detail, instance, requestId, errors, null);
    }

    /** A plain HTTP failure (unknown route, wrong method) that needs no type of its own. */
    public static ProblemDocument ofStatus(int status, String title, String detail, String instance, String requestId) {
        return new ProblemDocument("about:blank", title, status, detail, instance, requestId, null, null);
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getRequestId() {
        return requestId;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
