package de.cet.shared.error;

/** The request conflicts with the current state (wrong status, duplicate, closed period). */
public class ConflictException extends CetException {
    public ConflictException(String detail) {
        super(ProblemKind.CONFLICT, detail);
    }

    public ConflictException(String type, String detail) {
        super(ProblemKind.CONFLICT, type, detail);
    }
}
