package de.cet.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.cet.shared.error.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatchBodyTest {

    record Change(String name, String note, Integer count) {}

    private final ObjectMapper json = new ObjectMapper();

    private PatchBody<Change> read(String body) throws Exception {
        return PatchBody.read(json.readTree(body), Change.class, Set.of("note"), json);
    }

    @Test
    void anAbsentFieldKeepsItsValueAndANullClearsOnlyWhatMayBeCleared() throws Exception {
        PatchBody<Change> p = read("{\"name\": null, \"note\": null, \"count\": 3}");
        assertEquals(Set.of("note"), p.cleared());
        assertTrue(p.clears("note"));
        assertFalse(p.clears("name"), "a required field sent as null keeps its value");
        assertNull(p.body().name());
        assertEquals(3, p.body().count());

        PatchBody<Change> absent = read("{\"count\": 1}");
        assertTrue(absent.cleared().isEmpty());
        assertFalse(absent.clears("note"));
    }

    @Test
    void onlyAJsonObjectIsABody() throws Exception {
        assertThrows(InvalidInputException.class, () -> read("[1, 2]"));
        assertThrows(InvalidInputException.class, () -> read("\"text\""));
        assertThrows(InvalidInputException.class, () -> PatchBody.read(null, Change.class, Set.of(), json));
    }

    @Test
    void aWrongTypeIsJacksonsAnswerAsInAPost() {
        assertThrows(MismatchedInputException.class, () -> read("{\"count\": {\"a\": 1}}"));
    }
}
