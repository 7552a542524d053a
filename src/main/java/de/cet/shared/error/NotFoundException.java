package de.cet.shared.error;

/** A resource that does not exist, or that the caller may not know exists. */
public class NotFoundException extends CetException {
    public NotFoundException(String detail) {
        super(ProblemKind.NOT_FOUND, detail);
    }

    public NotFoundException(String type, String detail) {
        super(ProblemKind.NOT_FOUND, type, detail);
    }
}
