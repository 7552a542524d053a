package de.cet.receipts.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.receipts.ReceiptPictures;
import de.cet.receipts.application.OcrExtractions;
import de.cet.receipts.application.OcrWorkers;
import de.cet.receipts.application.ReceiptImages;
import de.cet.receipts.application.TextRecognizer;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.error.CetException;
import de.cet.shared.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR half without the server: pictures, Tesseract, rules, cache and pool as the extraction uses them. */
class OcrPipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
    private final Java2dReceiptImages images = Java2dReceiptImages.of(60_000_000L);

    @TempDir
    Path cacheDir;

    private OcrExtractions ocr(TextRecognizer engine, Duration timeout) {
        return new OcrExtractions(images, engine, new DataDirReceiptCache(cacheDir), new OcrWorkers(1, 4, "test-ocr-"),
            CLOCK, timeout, 2);
    }

    @Test
    void aTiltedJpegPhotoOfATillReceiptGivesItsTotalDateAndMerchantAndIsReadOnlyOnce() {
        TesseractCli tesseract = TesseractCli.of("tesseract", "deu+eng");
        int[] calls = {0};
        TextRecognizer counting = new TextRecognizer() {
            public boolean available() {
                return tesseract.available();
            }

            public Text recognise(ReceiptImages.Page page, Duration timeout) {
                calls[0]++;
                return tesseract.recognise(page, timeout);
            }
        };
        OcrExtractions ocr = ocr(counting, Duration.ofSeconds(30));
        UUID id = UUID.randomUUID();
        byte[] photo = ReceiptPictures.photoJpeg(ReceiptPictures.TILL, 2.5, 0.6f);
        Extraction first = ocr.read(id, photo, "image/jpeg").toCompletableFuture().join();
        assertEquals(Extraction.Source.OCR, first.source(), first.toString());
        assertEquals(Money.of("12.30"), first.amount(), first.toString());
        assertEquals(LocalDate.of(2026, 3, 14), first.date());
        assertTrue(first.counterparty().contains("Sonnenschein"), first.counterparty());
        assertTrue(first.confidence().compareTo(new java.math.BigDecimal("0.6")) >= 0, first.toString());
        Extraction second = ocr.read(id, photo, "image/jpeg").toCompletableFuture().join();
        assertEquals(first, second);
        assertEquals(1, calls[0], "the second call reads the cache");
    }

    @Test
    void aScannedPdfIsRenderedAndRead() {
        OcrExtractions ocr = ocr(TesseractCli.of("/usr/bin/tesseract", "deu+eng"), Duration.ofSeconds(30));
        Extraction read = ocr.read(UUID.randomUUID(), ReceiptPictures.scannedPdf(ReceiptPictures.TILL), "application/pdf")
            .toCompletableFuture().join();
        assertEquals(Money.of("12.30"), read.amount(), read.toString());
        assertEquals(LocalDate.of(2026, 3, 14), read.date());
    }

    @Test
    void withoutTesseractPhotosAnswerNoneAndThumbnailsStillWork() {
        TesseractCli missing = TesseractCli.of("/opt/nowhere/tesseract", "deu+eng");
        assertFalse(missing.available());
        assertFalse(TesseractCli.of("no-such-tesseract-binary", "deu").available());
        Extraction read = ocr(missing, Duration.ofSeconds(5)).read(UUID.randomUUID(),
            ReceiptPictures.photoPng(ReceiptPictures.TILL), "image/png").toCompletableFuture().join();
        assertEquals(Extraction.none(), read);
        assertTrue(images.thumbnail(ReceiptPictures.photoPng(ReceiptPictures.TILL), "image/png", 320).isPresent());
    }

    @Test
    void aTesseractThatRunsTooLongIsKilledAndTheAnswerIsNoneButNotCached() throws Exception {
        Path slow = cacheDir.resolve("slow-tesseract");
        Files.writeString(slow, "#!/bin/sh\necho $$ > \"$(dirname \"$0\")/pid\"\nexec sleep 30\n");
        slow.toFile().setExecutable(true);
        UUID id = UUID.randomUUID();
        long started = System.nanoTime();
        Extraction read = ocr(TesseractCli.of(slow.toString(), "deu"), Duration.ofMillis(500)).read(id,
            ReceiptPictures.photoPng(ReceiptPictures.TILL), "image/png").toCompletableFuture().join();
        assertEquals(Extraction.none(), read);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
        long pid = Long.parseLong(Files.readString(cacheDir.resolve("pid")).strip());
        Thread.sleep(200);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the process was killed");
        assertTrue(new DataDirReceiptCache(cacheDir).extraction(id).isEmpty());
    }

    @Test
    void aDecompressionBombImageAndACorruptPdfAreRefusedBeforeDecoding() {
        OcrExtractions ocr = ocr(TesseractCli.of("tesseract", "deu+eng"), Duration.ofSeconds(5));
        CompletionException bomb = assertThrows(CompletionException.class, () -> ocr.read(UUID.randomUUID(),
            ReceiptPictures.pngDeclaring(50_000), "image/png").toCompletableFuture().join());
        CetException refused = assertInstanceOf(CetException.class, bomb.getCause());
        assertEquals("image-too-large", refused.type());
        assertTrue(refused.getMessage().contains("50000 x 50000"), refused.getMessage());
        assertThrows(ReceiptImages.TooLarge.class, () -> images.thumbnail(ReceiptPictures.pngDeclaring(50_000), "image/png", 320));
        byte[] corrupt = "%PDF-1.7\nnot really a pdf at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThrows(ReceiptImages.Unreadable.class, () -> images.thumbnail(corrupt, "application/pdf", 320));
    }
}
