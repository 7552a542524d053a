package de.cet.receipts.application;

import de.cet.receipts.domain.Extraction;
import de.cet.receipts.domain.ReceiptTextRules;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The OCR half, free of the ledger so the bench and the tests can drive it with any engine: cache, pool,
 * pages, engine, rules.
 */
@ApplicationScoped
public class OcrExtractions {

    private static final Logger LOG = Logger.getLogger(OcrExtractions.class);

    private final ReceiptImages images;
    private final TextRecognizer engine;
    private final ReceiptCache cache;
    private final OcrWorkers workers;
    private final Clock clock;
    private final Duration timeout;
    private final int maxPages;

    public OcrExtractions(ReceiptImages images, TextRecognizer engine, ReceiptCache cache, OcrWorkers workers, Clock clock,
                          @ConfigProperty(name = "cet.ocr.timeout") Duration timeout,
                          @ConfigProperty(name = "cet.ocr.max-pages") int maxPages) {
        this.images = images;
        this.engine = engine;
        this.cache = cache;
        this.workers = workers;
        this.clock = clock;
        this.timeout = timeout;
        this.maxPages = maxPages;
    }

    /** The cached or freshly read extraction of a photo or PDF without an e-invoice. */
    public CompletionStage<Extraction> read(UUID receiptId, byte[] bytes, String type) {
        if (!engine.available()) {
            return CompletableFuture.completedFuture(Extraction.none());
        }
        Optional<Extraction> cached = cache.extraction(receiptId);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return workers.submit(() -> {
            Optional<Extraction> read = recognise(bytes, type);
            read.ifPresent(e -> cache.storeExtraction(receiptId, e));
            return read.orElseGet(Extraction::none);
        });
    }

    /** Empty after a timeout: not a property of the file alone (the machine may be busy), so not cached. */
    Optional<Extraction> recognise(byte[] bytes, String type) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceiptImages.Page> pages;
        try {
            pages = images.pagesForOcr(bytes, type, maxPages);
        } catch (ReceiptImages.TooLarge e) {
            throw new CetException(ProblemKind.UNPROCESSABLE, "image-too-large", e.getMessage());
        } catch (ReceiptImages.Unreadable e) {
            throw new UnprocessableException("receipt-unreadable", e.getMessage());
        }
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        for (ReceiptImages.Page page : pages) {
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    throw new TextRecognizer.TimedOut("no time left for the next page");
                }
                TextRecognizer.Text read = engine.recognise(page, Duration.ofNanos(left));
                text.append(read.text()).append('\n');
                confidence += read.confidence() / pages.size();
            } catch (TextRecognizer.TimedOut e) {
                LOG.warnf("OCR of a receipt stopped after %s: %s", timeout, e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(ReceiptTextRules.read(text.toString(), confidence,
            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
}
