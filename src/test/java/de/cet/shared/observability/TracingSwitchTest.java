package de.cet.shared.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production default: no endpoint, no tracing; any of the documented endpoint settings turns it on. */
class TracingSwitchTest {

    @Test
    void withoutAnEndpointTheSdkIsOff() {
        TracingSwitch source = new TracingSwitch(name -> null, name -> null);
        assertEquals("true", source.getValue("quarkus.otel.sdk.disabled"));
        assertEquals("true", new TracingSwitch(Map.of("CET_OTEL_ENDPOINT", " ")::get, name -> null)
            .getValue("quarkus.otel.sdk.disabled"), "a blank endpoint names nothing");
    }

    @Test
    void cetsVariableTheStandardOneOrQuarkusOwnTurnItOn() {
        for (String variable : TracingSwitch.ENDPOINT_VARIABLES) {
            TracingSwitch source = new TracingSwitch(Map.of(variable, "http://collector:4317")::get, name -> null);
            assertNull(source.getValue("quarkus.otel.sdk.disabled"), variable);
        }
        TracingSwitch property = new TracingSwitch(name -> null,
            Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317")::get);
        assertNull(property.getValue("quarkus.otel.sdk.disabled"));
    }
}
