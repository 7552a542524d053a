package de.cet.shared.error;

/**
 * An edit based on a version that is no longer current. {@code fromHeader} tells whether the stale
 * version came in {@code If-Match} (412) or in the body's {@code version} (409), as API.md asks.
 */
public class StaleVersionException extends CetException {
    public StaleVersionException(boolean fromHeader, long current) {
        super(fromHeader ? ProblemKind.PRECONDITION_FAILED : ProblemKind.CONFLICT, "stale-version",
            "The resource was changed by someone else; reload it (current version " + current + ") and retry.");
        with("currentVersion", current);
    }
}
