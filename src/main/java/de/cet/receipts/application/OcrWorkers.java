package de.cet.receipts.application;

import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounded pool OCR runs in, off the request threads: a fixed number of workers (each runs one
 * Tesseract process at a time, so this is also the number of OCR processes on the machine) and a bounded
 * queue. When the queue is full the call is refused at once with 503 {@code ocr-busy} and a
 * {@code Retry-After}, instead of piling up work nobody waits for any more.
 */
@ApplicationScoped
public class OcrWorkers {

    static final long RETRY_AFTER_SECONDS = 5;

    private final ThreadPoolExecutor pool;

    @jakarta.inject.Inject
    OcrWorkers(@ConfigProperty(name = "cet.ocr.workers") int workers, @ConfigProperty(name = "cet.ocr.queue") int queue) {
        this(workers, queue, "cet-ocr-");
    }

    public OcrWorkers(int workers, int queue, String threadPrefix) {
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("cet.ocr.workers must be at least 1 and cet.ocr.queue not negative");
        }
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
            queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                Thread t = new Thread(r, threadPrefix + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work} on a worker; the stage fails with the work's own exception (not wrapped). */
    public <T> CompletionStage<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new CetException(ProblemKind.UNAVAILABLE, "ocr-busy",
                "Receipts are being read for others right now; retry in a few seconds.")
                .with("retryAfterSeconds", RETRY_AFTER_SECONDS);
        }
        return result;
    }

    /** Tasks waiting for a worker (for the bench and the tests). */
    public int queued() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
