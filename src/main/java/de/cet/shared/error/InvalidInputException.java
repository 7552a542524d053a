package de.cet.shared.error;

import java.util.List;

/** Input that fails validation; carries the offending fields. */
public class InvalidInputException extends CetException {
    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(ProblemKind.INVALID_INPUT, ProblemKind.INVALID_INPUT.slug(), summary(errors), errors);
    }

    private static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return e.field() + ": " + e.message();
        }
        return errors.size() + " fields are invalid";
    }
}
