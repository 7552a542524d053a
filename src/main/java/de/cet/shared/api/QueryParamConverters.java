package de.cet.shared.api;

import de.cet.shared.error.InvalidInputException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads {@code LocalDate} and {@code UUID} query parameters so that a malformed value is a 400 naming
 * the parameter. JAX-RS answers a query parameter it cannot convert with 404 (as if the address did not
 * exist), which tells the caller nothing. Path parameters keep the JAX-RS rule: an address whose id is
 * not a UUID names no resource, so 404 is right there.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, LocalDate::parse, "must be a day such as 2026-03-01");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, UUID::fromString, "must be an id (a UUID)");
        }
        return null;
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    private record Strict<T>(String name, Function<String, T> parse, String message) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidInputException(name, message);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
