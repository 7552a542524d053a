package de.cet.receipts.infrastructure;

import de.cet.receipts.application.ReceiptCache;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The cache in files under {@code cet.data-dir}/receipt-cache (ADR 0023): {@code <receipt id>.jpg} and
 * {@code <receipt id>.ocr-v1.properties}. The receipt stays in PostgreSQL; these are derived and may be
 * deleted at any time (they are made again). Files are written to a temporary name and moved into place, so
 * a reader never sees half a file. The version in the name retires old OCR results when the rules change.
 */
@ApplicationScoped
public class DataDirReceiptCache implements ReceiptCache {

    private static final Logger LOG = Logger.getLogger(DataDirReceiptCache.class);
    static final String OCR_SUFFIX = ".ocr-v1.properties";

    private final Path dir;

    @jakarta.inject.Inject
    DataDirReceiptCache(@ConfigProperty(name = "cet.data-dir") String dataDir) {
        this(Path.of(dataDir, "receipt-cache"));
    }

    public DataDirReceiptCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<Extraction> extraction(UUID receiptId) {
        Path file = dir.resolve(receiptId + OCR_SUFFIX);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new Extraction(Extraction.Source.valueOf(p.getProperty("source")), money(p, "amount"),
                p.getProperty("date") == null ? null : LocalDate.parse(p.getProperty("date")), p.getProperty("counterparty"),
                p.getProperty("invoiceNumber"), p.getProperty("iban"), money(p, "vatAmount"),
                new BigDecimal(p.getProperty("confidence"))));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Ignoring an unreadable OCR cache file for receipt %s (%s)", receiptId, e.toString());
            return Optional.empty();
        }
    }

    private static Money money(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Money.of(value);
    }

    @Override
    public void storeExtraction(UUID receiptId, Extraction e) {
        Properties p = new Properties();
        p.setProperty("source", e.source().name());
        put(p, "amount", e.amount() == null ? null : e.amount().amount().toPlainString());
        put(p, "date", e.date() == null ? null : e.date().toString());
        put(p, "counterparty", e.counterparty());
        put(p, "invoiceNumber", e.invoiceNumber());
        put(p, "iban", e.iban());
        put(p, "vatAmount", e.vatAmount() == null ? null : e.vatAmount().amount().toPlainString());
        p.setProperty("confidence", e.confidence().toPlainString());
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        write(receiptId + OCR_SUFFIX, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    @Override
    public Optional<byte[]> thumbnail(UUID receiptId) {
        Path file = dir.resolve(receiptId + ".jpg");
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void storeThumbnail(UUID receiptId, byte[] jpeg) {
        write(receiptId + ".jpg", jpeg);
    }

    /** A cache that cannot be written only costs time: the next call derives the value again. */
    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warnf("Could not write the receipt cache file %s (%s)", name, e.toString());
        }
    }
}
