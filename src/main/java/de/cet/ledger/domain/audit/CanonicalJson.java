package de.cet.ledger.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON form hashed into the audit chain: object keys sorted at every level, no insignificant
 * whitespace, UTF-8. Payload values should be strings, booleans, integers, lists and maps (money as its
 * string form) so that no floating-point formatting enters the hash. Only the writer canonicalises; the
 * verifier hashes the stored string as it is, so a later change of this class cannot break old chains.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private CanonicalJson() {}

    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit payload is not serialisable as JSON", e);
        }
    }
}
