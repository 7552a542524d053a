package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.audit.AuditChain;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditVerification;
import de.cet.ledger.domain.audit.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final UUID book = UUID.randomUUID();
    private final UUID actor = UUID.randomUUID();
    private final Instant t0 = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private List<AuditEntry> chainOf(int n) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < n; i++) {
            previous = AuditChain.append(previous, book, actor, t0.plusSeconds(i), "TRANSACTION_BOOKED", "transaction",
                UUID.randomUUID().toString(), Map.of("amount", "1" + i + ".00", "status", "BOOKED"));
            chain.add(previous);
        }
        return chain;
    }

    @Test
    void intactChainVerifies() {
        List<AuditEntry> chain = chainOf(5);
        assertEquals(new AuditVerification(true, 5, null), AuditChain.verify(chain));
        assertEquals(AuditChain.GENESIS, chain.get(0).prevHash());
        assertEquals(chain.get(0).hash(), chain.get(1).prevHash());
        assertEquals(5, chain.get(4).sequence());
        assertTrue(chain.get(0).hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void emptyChainIsValid() {
        assertEquals(new AuditVerification(true, 0, null), AuditChain.verify(List.of()));
    }

    @Test
    void timestampIsKeptAtDatabasePrecision() {
        assertEquals(Instant.parse("2026-03-01T10:15:30.123456Z"), chainOf(1).get(0).at());
    }

    @Test
    void changedPayloadIsDetected() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        AuditEntry e = chain.get(2);
        chain.set(2, new AuditEntry(e.sequence(), e.bookId(), e.actorId(), e.at(), e.action(), e.entityType(),
            e.entityId(), e.payload().replace("12.00", "1200.00"), e.prevHash(), e.hash()));
        assertEquals(new AuditVerification(false, 5, 3L), AuditChain.verify(chain));
    }

    @Test
    void changedPayloadWithRecomputedHashStillBreaksTheNextLink() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        AuditEntry forged = AuditChain.append(chain.get(1), book, actor, chain.get(2).at(), "TRANSACTION_BOOKED",
            "transaction", chain.get(2).entityId(), Map.of("amount", "1200.00"));
        chain.set(2, forged);
        assertEquals(4L, AuditChain.verify(chain).firstBrokenAt());
    }

    @Test
    void deletedEntryIsDetected() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        chain.remove(2);
        AuditVerification result = AuditChain.verify(chain);
        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenAt());
        List<AuditEntry> withoutLast = new ArrayList<>(chainOf(3));
        withoutLast.remove(0);
        assertEquals(1L, AuditChain.verify(withoutLast).firstBrokenAt());
    }

    @Test
    void reorderedEntriesAreDetected() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        Collections.swap(chain, 1, 3);
        assertEquals(2L, AuditChain.verify(chain).firstBrokenAt());
    }

    @Test
    void changedActorOrTimeIsDetected() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(3));
        AuditEntry e = chain.get(0);
        chain.set(0, new AuditEntry(e.sequence(), e.bookId(), UUID.randomUUID(), e.at(), e.action(), e.entityType(),
            e.entityId(), e.payload(), e.prevHash(), e.hash()));
        assertEquals(1L, AuditChain.verify(chain).firstBrokenAt());
    }

    @Test
    void entryOfAnotherBookCannotBeAppended() {
        AuditEntry first = chainOf(1).get(0);
        assertThrows(IllegalArgumentException.class, () -> AuditChain.append(first, UUID.randomUUID(), actor, t0, "X",
            "transaction", "1", Map.of()));
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevelWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", "1");
        inner.put("a", List.of("x", "y"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", null);
        assertEquals("{\"a\":null,\"b\":{\"a\":[\"x\",\"y\"],\"z\":\"1\"}}", CanonicalJson.of(outer));
    }

    @Test
    void verifyingEntryByEntryGivesTheSameVerdictAsTheWholeList() {
        List<AuditEntry> chain = chainOf(7);
        AuditChain.Verifier intact = new AuditChain.Verifier();
        chain.forEach(intact::accept);
        assertEquals(AuditChain.verify(chain), intact.result());
        assertTrue(intact.result().valid());

        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry e = tampered.get(4);
        tampered.set(4, new AuditEntry(e.sequence(), e.bookId(), e.actorId(), e.at(), e.action(), e.entityType(),
            e.entityId(), "{\"amount\":\"9999.00\"}", e.prevHash(), e.hash()));
        AuditChain.Verifier broken = new AuditChain.Verifier();
        tampered.forEach(broken::accept);
        assertEquals(new AuditVerification(false, 7, 5L), broken.result());
        assertEquals(AuditChain.verify(tampered), broken.result());
    }
}
