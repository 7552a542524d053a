package de.cet.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * The test profile's span exporter (application.properties: tracing on, spans exported synchronously,
 * no OTLP exporter). Spans are handed to an {@link InMemorySpanExporter} only while a test records, so the
 * rest of the suite pays for creating spans but keeps none of them.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter memory = InMemorySpanExporter.create();
    private volatile boolean recording;

    /** Forgets earlier spans and keeps every span that ends from now on, until {@link #stop()}. */
    public void record() {
        memory.reset();
        recording = true;
    }

    public void stop() {
        recording = false;
        memory.reset();
    }

    public List<SpanData> finished() {
        return memory.getFinishedSpanItems();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return recording ? memory.export(spans) : CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return memory.shutdown();
    }
}
