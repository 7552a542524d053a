package de.cet.importing.domain.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns an uploaded file into statements: detects the format from the content (never the file name),
 * unpacks a ZIP of statement files within limits, and hands each file to its reader.
 */
public final class StatementFiles {

    /**
     * @param maxBytes   the most a single file (or a ZIP's unpacked content in total) may hold
     * @param maxEntries the most files a ZIP may hold
     * @param maxRatio   the most a ZIP may expand (unpacked bytes / packed bytes): a ZIP bomb is stopped
     *                   while it is being read, not after
     */
    public record Limits(long maxBytes, int maxEntries, int maxRatio) {}

    public record Parsed(StatementFormat format, List<Statement> statements) {}

    private StatementFiles() {}

    /** @param profile the CSV profile, or null when the file is not a CSV */
    public static Parsed read(byte[] bytes, CsvProfile profile, Limits limits) {
        if (bytes.length == 0) {
            throw new StatementFileException("The file is empty.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw StatementFileException.tooLarge("The file is larger than " + limits.maxBytes() + " bytes.");
        }
        if (isZip(bytes)) {
            List<byte[]> files = unzip(bytes, limits);
            StatementFormat format = null;
            List<Statement> all = new ArrayList<>();
            for (byte[] f : files) {
                Parsed p = single(f, profile);
                if (format != null && format != p.format()) {
                    throw new StatementFileException("The ZIP mixes statement formats (" + format + " and " + p.format() + ").");
                }
                format = p.format();
                all.addAll(p.statements());
            }
            if (format == null) {
                throw new StatementFileException("The ZIP holds no statement file.");
            }
            return new Parsed(format, all);
        }
        return single(bytes, profile);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static Parsed single(byte[] bytes, CsvProfile profile) {
        if (isZip(bytes)) {
            throw StatementFileException.unsupported("A ZIP inside a ZIP is not read.");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw StatementFileException.unsupported("This is a binary file, not a bank statement.");
            }
        }
        String head = Charsets.withoutBom(new String(bytes, 0, probe, StandardCharsets.ISO_8859_1)).stripLeading();
        if (head.startsWith("<")) {
            if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                throw new StatementFileException("XML with a DOCTYPE or entities is refused.");
            }
            if (!CamtReader.looksLikeCamt(head)) {
                throw StatementFileException.unsupported("The XML file is not a CAMT.053 bank statement.");
            }
            return new Parsed(StatementFormat.CAMT053, CamtReader.read(new ByteArrayInputStream(bytes)));
        }
        if (Mt940Reader.looksLikeMt940(head)) {
            return new Parsed(StatementFormat.MT940, Mt940Reader.read(Charsets.decode(bytes)));
        }
        if (profile == null) {
            throw StatementFileException.unsupported(
                "The file is neither CAMT.053 nor MT940; a CSV export needs an import profile (profileId).");
        }
        return new Parsed(StatementFormat.CSV, List.of(CsvReader.read(bytes, profile)));
    }

    private static List<byte[]> unzip(byte[] zip, Limits limits) {
        List<byte[]> out = new ArrayList<>();
        long total = 0;
        long ratioCap = (long) zip.length * limits.maxRatio();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw StatementFileException.tooLarge("The ZIP holds more than " + limits.maxEntries() + " files.");
                }
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw StatementFileException.tooLarge("The ZIP unpacks to more than " + limits.maxBytes() + " bytes.");
                    }
                    if (total > ratioCap) {
                        throw StatementFileException.tooLarge("The ZIP expands more than " + limits.maxRatio()
                            + " times its size: refused as a possible ZIP bomb.");
                    }
                    file.write(buf, 0, n);
                }
                if (file.size() > 0) {
                    out.add(file.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new StatementFileException("The ZIP file is damaged.");
        } catch (IOException e) {
            throw new StatementFileException("The ZIP file cannot be read.");
        }
        return out;
    }

    /** For callers holding a stream: reads at most {@code max} + 1 bytes so that an oversized upload is refused. */
    public static byte[] readBounded(InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) {
            throw StatementFileException.tooLarge("The file is larger than " + max + " bytes.");
        }
        return b;
    }
}
