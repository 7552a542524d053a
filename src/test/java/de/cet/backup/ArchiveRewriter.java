package de.cet.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.cet.backup.infrastructure.OpenPgp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a copy of an archive whose rows (and entries) are in another order, with the manifest's
 * checksums made right again: the archive a different heap order, another tool or a hand edit could
 * have produced. Restoring it must give the same data as the original.
 */
public final class ArchiveRewriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveRewriter() {}

    /** Every table's rows last to first, and the entries in reverse order (the manifest first). */
    public static UnaryOperator<List<String>> reversed() {
        return rows -> {
            List<String> copy = new ArrayList<>(rows);
            Collections.reverse(copy);
            return copy;
        };
    }

    /** Every table's rows in a random order fixed by {@code seed}, so that a failure can be repeated. */
    public static UnaryOperator<List<String>> shuffled(long seed) {
        Random random = new Random(seed);
        return rows -> {
            List<String> copy = new ArrayList<>(rows);
            Collections.shuffle(copy, random);
            return copy;
        };
    }

    /**
     * Decrypts {@code archive}, reorders the rows of every data entry with {@code order}, writes the
     * entries in reverse order with fresh checksums in the manifest and encrypts the result to
     * {@code passphrase} as {@code target}.
     */
    public static Path reorder(Path archive, String passphrase, UnaryOperator<List<String>> order, Path target)
            throws Exception {
        byte[] zip;
        try (var in = OpenPgp.decrypt(Files.newInputStream(archive), OpenPgp.DecryptionKey.ofPassphrase(passphrase))) {
            zip = in.readAllBytes();
        }
        Map<String, byte[]> entries = entries(zip);
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        for (var entry : entries.entrySet()) {
            if (entry.getKey().equals("manifest.json")) {
                continue;
            }
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            // rows are JSON objects: a raw line feed occurs only between them
            List<String> rows = text.isEmpty() ? List.of() : List.of(text.split("\n"));
            StringBuilder out = new StringBuilder();
            for (String row : order.apply(rows)) {
                out.append(row).append('\n');
            }
            rewritten.put(entry.getKey(), out.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<String> names = new ArrayList<>(rewritten.keySet());
        Collections.reverse(names);
        Map<String, byte[]> result = new LinkedHashMap<>();
        result.put("manifest.json", manifestFor(entries.get("manifest.json"), rewritten));
        names.forEach(name -> result.put(name, rewritten.get(name)));
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream enc = OpenPgp.encrypt(file, new OpenPgp.Recipients(passphrase.toCharArray(), List.of()), "reordered.zip")) {
            enc.write(zip(result));
        }
        return target;
    }

    /**
     * The plaintext archive {@code zip} with the text of {@code entry} changed and the manifest's
     * checksum of it made right: a damage the checksums cannot see, which only the database refuses.
     */
    public static byte[] withEntryChanged(byte[] zip, String entry, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        byte[] changed = change.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        entries.put(entry, changed);
        entries.put("manifest.json", manifestFor(entries.get("manifest.json"), Map.of(entry, changed)));
        return zip(entries);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] manifestFor(byte[] manifest, Map<String, byte[]> changed) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(manifest);
        ObjectNode checksums = (ObjectNode) node.get("entries");
        for (var entry : changed.entrySet()) {
            checksums.put(entry.getKey(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entry.getValue())));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    /** The rows of {@code table} in the archive, in their order there (for asserting that an order changed). */
    public static List<String> rows(Path archive, String passphrase, String table) throws Exception {
        byte[] zip;
        try (var in = OpenPgp.decrypt(Files.newInputStream(archive), OpenPgp.DecryptionKey.ofPassphrase(passphrase))) {
            zip = in.readAllBytes();
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("data/" + table + ".ndjson")) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
                }
            }
        }
        return List.of();
    }
}
