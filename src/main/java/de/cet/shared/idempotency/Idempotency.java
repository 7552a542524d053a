package de.cet.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.cet.shared.api.JsonConfiguration;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.UnprocessableException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes a create request safe to retry: with an {@code Idempotency-Key}, the first execution's answer
 * is stored in the same transaction as the data it created, and a repeat with the same key and body
 * gets that answer again without executing anything. The same key with another body is a 422.
 *
 * <p>Concurrent repeats are serialised by the primary key: the second insert waits for the first
 * transaction and then finds its record.
 */
@ApplicationScoped
public class Idempotency {

    static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    Idempotency(EntityManager em, Clock clock, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.json = json;
        this.canonical = JsonMapper.builder()
            .addModule(JsonConfiguration.moneyModule())
            .findAndAddModules()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();
    }

    /**
     * Runs {@code action} once per (scope, key). Must be called inside the transaction that stores
     * the action's data, so that the record and the data commit or roll back together.
     *
     * @param scope who and what, e.g. {@code userId + " POST /books/{id}/transactions"}
     * @param key the client's Idempotency-Key, or null to run the action plainly
     * @param request the request body (its canonical JSON is compared on repeats)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> execute(String scope, String key, Object request, Class<T> resultType, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        String hash = hash(request);
        int inserted = em.createNativeQuery("""
                insert into idempotency_record (scope, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
            .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).setParameter(4, clock.instant())
            .executeUpdate();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (inserted == 0) {
            if (!record.requestHash().equals(hash)) {
                throw new UnprocessableException("idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request body.");
            }
            try {
                return new Outcome<>(json.readValue(record.responseBody(), resultType), true);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored idempotent response cannot be read", e);
            }
        }
        T result = action.get();
        try {
            record.complete(json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Idempotent response cannot be stored", e);
        }
        return new Outcome<>(result, false);
    }

    /** Keys protect retries, not history: a day is far longer than any client retries. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void purgeExpired() {
        em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
            .setParameter("before", clock.instant().minus(RETENTION))
            .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] body = canonical.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result, and whether it is the stored answer of an earlier execution. */
    public record Outcome<T>(T result, boolean replayed) {}
}
