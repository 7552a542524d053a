package de.cet.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.shared.error.InvalidInputException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of a PATCH, read the one way every resource reads it: a field that is absent keeps its value;
 * a field sent as {@code null} removes the value where the field is optional (the resource names those,
 * {@code clearable}) and, on any other field, keeps it like an absent one; every other value is read into
 * the typed body by Jackson, so a wrong type answers the same problem document as in a POST.
 *
 * @param body    the typed fields (null where absent or null)
 * @param cleared the optional fields the client sent as {@code null}
 */
public record PatchBody<T>(T body, Set<String> cleared) {

    public PatchBody {
        cleared = Set.copyOf(cleared);
    }

    /** Reads {@code raw} into {@code type}; refuses anything but a JSON object. */
    public static <T> PatchBody<T> read(JsonNode raw, Class<T> type, Set<String> clearable, ObjectMapper json)
            throws JsonProcessingException {
        if (raw == null || !raw.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        Set<String> cleared = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull() && clearable.contains(field.getKey())) {
                cleared.add(field.getKey());
            }
        }
        return new PatchBody<>(json.treeToValue(raw, type), cleared);
    }

    /** Whether the client removed this optional field. */
    public boolean clears(String field) {
        return cleared.contains(field);
    }
}
