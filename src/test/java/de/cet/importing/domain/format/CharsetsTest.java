package de.cet.importing.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    static final String GERMAN = "Grüße aus Köln, Straße 5, Übergabe";

    @Test
    void utf8Cp850AndLatin1AreToldApart() {
        assertEquals(GERMAN, Charsets.decode(GERMAN.getBytes(StandardCharsets.UTF_8)));
        assertEquals(GERMAN, Charsets.decode(GERMAN.getBytes(Charsets.CP850)));
        assertEquals(GERMAN, Charsets.decode(GERMAN.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("ß", Charsets.decode("ß".getBytes(Charsets.CP850)), "even a lone ß in CP850");
        assertEquals("abc", Charsets.decode(("\uFEFFabc").getBytes(StandardCharsets.UTF_8)), "the BOM goes");
    }

    @Test
    void strictDecodingAndTheFirstBadLine() {
        byte[] latin1 = "a\nb\nMüller".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(Charsets.strict(latin1, StandardCharsets.UTF_8));
        assertEquals(3, Charsets.firstBadLine(latin1, StandardCharsets.UTF_8));
        assertEquals(0, Charsets.firstBadLine("ok".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertTrue(Charsets.score("äöü") > Charsets.score("\u0084\u0094"));
        assertTrue(Charsets.score("╗") < 0);
    }
}
