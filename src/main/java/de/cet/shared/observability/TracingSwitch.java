package de.cet.shared.observability;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is off unless the operator names where traces go. Quarkus' OpenTelemetry SDK is on by default
 * and would try to export to localhost:4317 forever; this source answers
 * {@code quarkus.otel.sdk.disabled=true} when none of the endpoint variables is set (CET_OTEL_ENDPOINT,
 * the standard OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or Quarkus' own), and
 * nothing otherwise. Its ordinal is below application.properties (the test profile turns tracing on
 * there with an in-memory exporter) and below the environment (an explicit QUARKUS_OTEL_SDK_DISABLED wins).
 */
public class TracingSwitch implements ConfigSource {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final Set<String> ENDPOINT_VARIABLES = Set.of("CET_OTEL_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
        "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    static final Set<String> ENDPOINT_PROPERTIES = Set.of("quarkus.otel.exporter.otlp.endpoint",
        "quarkus.otel.exporter.otlp.traces.endpoint");

    private final Map<String, String> properties;

    public TracingSwitch() {
        this(System::getenv, System::getProperty);
    }

    TracingSwitch(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        boolean named = ENDPOINT_VARIABLES.stream().anyMatch(v -> present(environment.apply(v)))
            || ENDPOINT_PROPERTIES.stream().anyMatch(p -> present(systemProperties.apply(p)));
        this.properties = named ? Map.of() : Map.of(SDK_DISABLED, "true");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "cet-tracing-switch";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
