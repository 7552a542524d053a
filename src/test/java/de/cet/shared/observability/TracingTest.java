package de.cet.shared.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.mail.MailOutbox;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.RecordedSpans;
import de.cet.testing.SmtpSink;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Traces as a collector would receive them: an API request is a server span with the request's SQL
 * statements as children in the same trace, and an outbox round is a span with one child per mail and
 * the round's SQL below it. No span carries a token or a recipient's address.
 */
@QuarkusTest
class TracingTest {

    @Inject
    RecordedSpans spans;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @BeforeEach
    void record() {
        SmtpSink.clear();
        sender.deliverDue(); // whatever other tests left due
        spans.record();
    }

    @AfterEach
    void stop() {
        spans.stop();
        SmtpSink.clear();
    }

    @Test
    void anApiRequestIsAServerSpanWithItsSqlInTheSameTrace() {
        Actor actor = Actors.user();
        spans.record();
        actor.api().get("/api/v1/me").then().statusCode(200);

        SpanData server = awaitSpan(s -> s.getKind() == SpanKind.SERVER && "/api/v1/me".equals(attribute(s, "url.path")));
        assertEquals("GET /me", server.getName());
        assertEquals(200L, attribute(server, "http.response.status_code"));
        List<SpanData> sql = spans.finished().stream()
            .filter(s -> s.getTraceId().equals(server.getTraceId()) && isSql(s)).toList();
        assertFalse(sql.isEmpty(), "the request's session check appears as a JDBC span: " + spans.finished());
        for (SpanData span : spans.finished()) {
            assertFalse(span.toString().contains(actor.accessToken()), "a token in a span: " + span);
            assertFalse(span.toString().contains(actor.email()), "an address in a span: " + span);
        }
    }

    @Test
    void anOutboxRoundIsASpanWithOneChildPerMailAndItsSql() {
        String recipient = "traced-" + UUID.randomUUID() + "@example.org";
        UUID first = QuarkusTransaction.requiringNew().call(() ->
            outbox.enqueue(recipient, "outbox-check", "de", Map.of("name", "Erika")));
        UUID second = QuarkusTransaction.requiringNew().call(() ->
            outbox.enqueue(recipient, "outbox-check", "en", Map.of("name", "Erika")));
        spans.record();

        assertEquals(2, sender.deliverDue());

        SpanData mail = awaitSpan(s -> s.getName().equals("outbox send") && first.toString().equals(attribute(s, "cet.mail.id")));
        SpanData round = awaitSpan(s -> s.getName().equals("outbox deliver") && s.getSpanId().equals(mail.getParentSpanId()));
        assertEquals(2L, attribute(round, "cet.outbox.sent"));
        List<SpanData> mails = spans.finished().stream()
            .filter(s -> s.getName().equals("outbox send") && s.getParentSpanId().equals(round.getSpanId())).toList();
        assertEquals(List.of(first.toString(), second.toString()).stream().sorted().toList(),
            mails.stream().map(s -> attribute(s, "cet.mail.id").toString()).sorted().toList());
        assertEquals("outbox-check", attribute(mail, "cet.mail.template"));
        assertTrue(spans.finished().stream().anyMatch(s -> isSql(s) && s.getTraceId().equals(round.getTraceId())),
            "the round's SQL is traced under it: " + spans.finished());
        for (SpanData span : spans.finished()) {
            assertFalse(span.toString().contains(recipient), "a recipient in a span: " + span);
        }
    }

    private static Object attribute(SpanData span, String key) {
        return span.getAttributes().asMap().entrySet().stream().filter(e -> e.getKey().getKey().equals(key))
            .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean isSql(SpanData span) {
        return span.getKind() == SpanKind.CLIENT && span.getAttributes().asMap().entrySet().stream()
            .anyMatch(e -> e.getKey().getKey().startsWith("db.") && e.getValue().toString().contains("postgresql"));
    }

    /** Spans reach the exporter in batches (every 100 ms in tests), and a server span ends just after its response. */
    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        for (int i = 0; i < 300; i++) {
            Optional<SpanData> found = spans.finished().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no such span among " + spans.finished());
    }
}
