package de.cet.notifications.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.cet.notifications.application.LiveEvent;
import de.cet.notifications.application.LiveUpdates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * {@code pg_notify} on the caller's connection and transaction: PostgreSQL delivers it to every listening
 * instance when the transaction commits, and drops it when it rolls back (ADR 0018).
 */
@ApplicationScoped
class PgLiveUpdates implements LiveUpdates {

    static final String CHANNEL = "cet_live";

    private final EntityManager em;
    private final ObjectMapper json;

    PgLiveUpdates(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(LiveEvent event) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
            .setParameter(1, CHANNEL).setParameter(2, encode(event, json)).getSingleResult();
    }

    static String encode(LiveEvent event, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("type", event.type());
        node.put("bookId", event.bookId() == null ? null : event.bookId().toString());
        node.put("id", event.id() == null ? null : event.id().toString());
        node.put("userId", event.userId() == null ? null : event.userId().toString());
        return node.toString();
    }
}
