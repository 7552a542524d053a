package de.cet.shared.error;

/** Well-formed, but semantically refused (e.g. idempotency key reused with another body). */
public class UnprocessableException extends CetException {
    public UnprocessableException(String detail) {
        super(ProblemKind.UNPROCESSABLE, detail);
    }

    public UnprocessableException(String type, String detail) {
        super(ProblemKind.UNPROCESSABLE, type, detail);
    }
}
