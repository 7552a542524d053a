package de.cet.importing.domain.format;

import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;

/**
 * A statement file that cannot be read. The message names what is wrong and where (a row number, an
 * element), never the file's content: a problem document must not carry bank data.
 */
public class StatementFileException extends CetException {

    public StatementFileException(String detail) {
        super(ProblemKind.UNPROCESSABLE, "statement-unreadable", detail);
    }

    /** With the 1-based row (CSV, MT940 line) the problem is in, also as the {@code row} member. */
    public StatementFileException(int row, String detail) {
        super(ProblemKind.UNPROCESSABLE, "statement-unreadable", "Row " + row + ": " + detail);
        with("row", row);
    }

    protected StatementFileException(ProblemKind kind, String type, String detail) {
        super(kind, type, detail);
    }

    /** 415: not a statement format CET reads. */
    public static StatementFileException unsupported(String detail) {
        return new StatementFileException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "statement-format-unsupported", detail);
    }

    /** 413: over the size, entry-count or expansion limit. */
    public static StatementFileException tooLarge(String detail) {
        return new StatementFileException(ProblemKind.PAYLOAD_TOO_LARGE, "statement-too-large", detail);
    }
}
