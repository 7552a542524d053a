package de.cet.importing.domain;

import de.cet.importing.domain.format.StatementEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line's identity within its account: the bank's reference when it gives one, else a digest of the
 * booking's content; with the occurrence (1, 2, …) of that key in the file. Two identical payments in one
 * file are two lines (occurrences 1 and 2), never one; importing the same or an overlapping file again
 * finds (key, occurrence) already there and adds nothing.
 */
public final class LineKeys {

    public record Keyed(StatementEntry entry, String key, int occurrence) {}

    private LineKeys() {}

    public static String key(StatementEntry e) {
        if (e.bankReference() != null) {
            return "ref:" + e.bankReference();
        }
        String content = String.join("\u001f", e.bookingDate().toString(), e.amount().toString(),
            nz(e.counterparty()), nz(e.counterpartyIban()), nz(e.purpose()));
        return "sum:" + HexFormat.of().formatHex(sha256(content)).substring(0, 40);
    }

    /** The entries with their key and occurrence, in the order given. */
    public static List<Keyed> keyed(List<StatementEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<Keyed> out = new ArrayList<>(entries.size());
        for (StatementEntry e : entries) {
            String k = key(e);
            out.add(new Keyed(e, k, seen.merge(k, 1, Integer::sum)));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
