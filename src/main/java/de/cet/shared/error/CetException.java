package de.cet.shared.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the application anticipates and reports to the caller as a problem document.
 *
 * <p>Subclasses name the kind; {@link #type()} may refine the problem type (e.g. {@code
 * four-eyes-violation}) and {@link #extensions()} carries extra members (e.g. what blocks closing a
 * period). The message is shown to the caller as {@code detail}, so it must never contain internals.
 */
public class CetException extends RuntimeException {

    private final ProblemKind kind;
    private final String type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public CetException(ProblemKind kind, String detail) {
        this(kind, kind.slug(), detail, List.of());
    }

    public CetException(ProblemKind kind, String type, String detail) {
        this(kind, type, detail, List.of());
    }

    public CetException(ProblemKind kind, String type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Adds a member to the problem document, e.g. {@code blockers} or {@code retryAfterSeconds}. */
    public CetException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }
}
