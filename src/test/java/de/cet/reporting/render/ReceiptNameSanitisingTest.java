package de.cet.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiptNameSanitisingTest {

    @Test
    void pathTraversalIsReducedToTheLastSegment() {
        assertEquals("passwd", AuditPackageWriter.sanitise("../../etc/passwd", "beleg"));
        assertEquals("evil.exe", AuditPackageWriter.sanitise("C:\\Users\\x\\..\\evil.exe", "beleg"));
        assertEquals("beleg", AuditPackageWriter.sanitise("..", "beleg"));
        assertEquals("beleg", AuditPackageWriter.sanitise("/", "beleg"));
        assertEquals("beleg", AuditPackageWriter.sanitise("", "beleg"));
        assertEquals("beleg", AuditPackageWriter.sanitise(null, "beleg"));
    }

    @Test
    void hiddenNamesControlCharactersAndSeparatorsAreDefused() {
        assertEquals("htaccess", AuditPackageWriter.sanitise(".htaccess", "beleg"));
        assertEquals("a_b_c.pdf", AuditPackageWriter.sanitise("a\u0000b\nc.pdf", "beleg"));
        assertEquals("Rechnung_Mueller_1_.pdf", AuditPackageWriter.sanitise("Rechnung Müller (1).pdf", "beleg"));
        assertEquals("x_.pdf", AuditPackageWriter.sanitise("x:.pdf", "beleg"));
    }

    @Test
    void unicodeIsNormalisedAndLongNamesKeepTheirExtension() {
        assertEquals("Buergermeister.pdf", AuditPackageWriter.sanitise("Bu\u0308rgermeister.pdf", "beleg"));
        assertEquals("Strasse_Cafe_Zuerich.pdf", AuditPackageWriter.sanitise("Straße Café Zürich.pdf", "beleg"));
        assertEquals("beleg", AuditPackageWriter.sanitise("領収書", "beleg"));
        String longName = "a".repeat(300) + ".jpeg";
        String safe = AuditPackageWriter.sanitise(longName, "beleg");
        assertEquals(100, safe.length());
        assertTrue(safe.endsWith(".jpeg"));
    }
}
