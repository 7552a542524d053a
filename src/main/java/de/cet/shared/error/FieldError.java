package de.cet.shared.error;

/** One invalid field of a request: {@code {"field": "amount", "message": "must be greater than zero"}}. */
public record FieldError(String field, String message) {}
