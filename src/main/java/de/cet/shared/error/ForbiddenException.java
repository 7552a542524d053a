package de.cet.shared.error;

/** The caller is known and a member, but the role lacks the right. */
public class ForbiddenException extends CetException {
    public ForbiddenException(String detail) {
        super(ProblemKind.FORBIDDEN, detail);
    }

    public ForbiddenException(String type, String detail) {
        super(ProblemKind.FORBIDDEN, type, detail);
    }
}
