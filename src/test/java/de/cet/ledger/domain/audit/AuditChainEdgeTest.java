package de.cet.ledger.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain's verdict on entries written by the system and on links that are wrong in subtle ways. */
class AuditChainEdgeTest {

    private final UUID book = UUID.randomUUID();
    private final UUID treasurer = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-10T09:00:00Z");

    private AuditEntry first() {
        return AuditChain.append(null, book, treasurer, at, "CREATED", "transaction", "t-1", Map.of("amount", "10.00"));
    }

    @Test
    void entriesWrittenByTheSystemWithoutActorVerify() {
        AuditEntry byUser = first();
        AuditEntry bySystem = AuditChain.append(byUser, book, null, at.plusSeconds(60), "BACKUP", "book", null, Map.of());
        assertNull(bySystem.actorId());
        assertEquals(2, bySystem.sequence());

        AuditVerification verdict = AuditChain.verify(List.of(byUser, bySystem));
        assertTrue(verdict.valid());
        assertEquals(2, verdict.entries());
    }

    @Test
    void entryOfAnotherBookSlippedIntoTheChainBreaksItThere() {
        AuditEntry e1 = first();
        AuditEntry genuine = AuditChain.append(e1, book, treasurer, at, "EDITED", "transaction", "t-1", Map.of());
        AuditEntry foreign = new AuditEntry(2, UUID.randomUUID(), genuine.actorId(), genuine.at(), genuine.action(),
            genuine.entityType(), genuine.entityId(), genuine.payload(), genuine.prevHash(), genuine.hash());

        AuditVerification verdict = AuditChain.verify(List.of(e1, foreign));
        assertFalse(verdict.valid());
        assertEquals(2L, verdict.firstBrokenAt());
    }

    @Test
    void hashThatIsNotLowerCaseHexIsABrokenLinkEvenIfItSpellsTheRightDigest() {
        AuditEntry e1 = first();
        AuditEntry shouting = new AuditEntry(1, book, treasurer, e1.at(), e1.action(), e1.entityType(), e1.entityId(),
            e1.payload(), e1.prevHash(), e1.hash().toUpperCase(Locale.ROOT));

        AuditVerification verdict = AuditChain.verify(List.of(shouting));
        assertFalse(verdict.valid());
        assertEquals(1L, verdict.firstBrokenAt());
    }

    @Test
    void sequenceNumbersStartAtOne() {
        AuditEntry e1 = first();
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(0, book, treasurer, e1.at(), e1.action(),
            e1.entityType(), e1.entityId(), e1.payload(), e1.prevHash(), e1.hash()));
    }

    @Test
    void payloadThatIsNotJsonIsRefusedRatherThanHashed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AuditChain.append(null, book, treasurer, at, "CREATED", "transaction", "t-1",
                Map.of("file", new Object())));
        assertTrue(e.getMessage().contains("not serialisable"));
    }
}
