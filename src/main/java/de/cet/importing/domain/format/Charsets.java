package de.cet.importing.domain.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encodings German bank exports come in: UTF-8 (with or without BOM), ISO-8859-1 / Windows-1252
 * and, from older banking programs, the DOS code page 850.
 */
public final class Charsets {

    public static final Charset CP850 = Charset.forName("IBM850");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "äöüÄÖÜß€";

    private Charsets() {}

    /**
     * Decodes {@code bytes}: UTF-8 when they are valid UTF-8, else CP850 or ISO-8859-1, whichever reads as
     * more German letters and fewer control or box-drawing characters (CP850 puts ä, ö, ü at 0x84, 0x94,
     * 0x81 — control codes in ISO-8859-1 —, ISO-8859-1 at 0xE4, 0xF6, 0xFC, which are Greek and box
     * characters in CP850).
     */
    public static String decode(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return withoutBom(utf8);
        }
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        String cp850 = new String(bytes, CP850);
        return score(cp850) > score(latin1) ? cp850 : latin1;
    }

    /** Decodes as {@code charset} or answers null when the bytes are not valid in it. */
    public static String strict(byte[] bytes, Charset charset) {
        CharsetDecoder d = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The 1-based line of the first byte that is not valid in {@code charset}, or 0 when all are. */
    public static int firstBadLine(byte[] bytes, Charset charset) {
        CharsetDecoder d = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (!d.decode(in, out, true).isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static String withoutBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static int score(String s) {
        int score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (GERMAN.indexOf(c) >= 0) {
                score += 2;
            } else if ((c >= 0x80 && c <= 0x9F) || (c >= 0x2500 && c <= 0x259F)) {
                score -= 3;
            }
        }
        return score;
    }
}
