package de.cet.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a create request with an {@code Idempotency-Key}, kept to answer repeats. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
class IdempotencyRecord {

    @Id
    @Column(name = "scope", columnDefinition = "text", nullable = false)
    private String scope;

    @Id
    @Column(name = "idem_key", columnDefinition = "text", nullable = false)
    private String key;

    @Column(name = "request_hash", columnDefinition = "text", nullable = false)
    private String requestHash;

    @Column(name = "response_body", columnDefinition = "text")
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    String requestHash() {
        return requestHash;
    }

    String responseBody() {
        return responseBody;
    }

    void complete(String body) {
        this.responseBody = body;
    }

    public static class Key implements Serializable {
        String scope;
        String key;

        public Key() {}

        Key(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && scope.equals(k.scope) && key.equals(k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }
}
