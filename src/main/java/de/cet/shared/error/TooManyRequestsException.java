package de.cet.shared.error;

/** The caller must slow down; {@code retryAfterSeconds} becomes the {@code Retry-After} header. */
public class TooManyRequestsException extends CetException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        with("retryAfterSeconds", this.retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
