package de.cet.shared.api;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every collection takes: {@code page} (from 0), {@code size} (default 50, at
 * most 500) and {@code sort} ({@code field,asc|desc}). Use with {@code @BeanParam}; resolve against
 * the fields a collection may be sorted by with {@link #resolve(Set, String)}.
 */
public class PageQuery {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    // Read as strings so that a non-number is a 400 naming the field; documented as the integers they are.
    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
        defaultValue = "50"))
    String size;

    @QueryParam("sort")
    String sort;

    public PageQuery() {}

    public PageQuery(String page, String size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /** Validates the parameters; unknown sort fields and out-of-range numbers are a 400, not a default. */
    public PageRequest resolve(Set<String> sortable, String defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",", -1);
        String field = parts[0].trim();
        boolean ascending = true;
        if (!sortable.contains(field)) {
            errors.add(new FieldError("sort", "can sort by " + String.join(", ", sortable.stream().sorted().toList())));
        }
        if (parts.length == 2) {
            String dir = parts[1].trim().toLowerCase();
            if (dir.equals("desc")) {
                ascending = false;
            } else if (!dir.equals("asc")) {
                errors.add(new FieldError("sort", "direction must be asc or desc"));
            }
        } else if (parts.length > 2) {
            errors.add(new FieldError("sort", "must be field,asc or field,desc"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p, s, field, ascending);
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be an integer"));
            return fallback;
        }
    }
}
