package de.cet.shared.concurrency;

import de.cet.shared.error.CetException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.error.StaleVersionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version an edit is based on, taken from {@code If-Match} (an ETag such as {@code "3"}) or from the
 * body's {@code version}. Editing without saying which version you edit is refused (428): a client that
 * never read the resource must not overwrite it.
 */
public record ExpectedVersion(long version, boolean fromHeader) {

    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    public static ExpectedVersion from(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher m = ETAG.matcher(ifMatch.trim());
            if (!m.matches()) {
                throw new InvalidInputException("If-Match", "must be an ETag of this API, e.g. \"3\"");
            }
            long header = Long.parseLong(m.group(1));
            if (bodyVersion != null && bodyVersion != header) {
                throw new InvalidInputException("version", "differs from If-Match");
            }
            return new ExpectedVersion(header, true);
        }
        if (bodyVersion != null) {
            return new ExpectedVersion(bodyVersion, false);
        }
        throw new CetException(ProblemKind.PRECONDITION_REQUIRED, "precondition-required",
            "Send the version you edit, as If-Match header or as \"version\" in the body.");
    }

    /** Throws 412 (header) or 409 (body) when the entity moved on since the client read it. */
    public void check(long current) {
        if (version != current) {
            throw new StaleVersionException(fromHeader, current);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
