package de.cet.ledger.api;

import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.error.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The {@code cursor} of {@code GET /books/{id}/transactions} (keyset pagination, docs/ledger-api.md): an opaque
 * token naming the page it leads to, for one sort order and one set of filters, and the position of the entry
 * the previous page ended with (its sort value and id).
 *
 * <p>Inside: {@code v1}, the sort field and direction, a digest of the filters, the page number, the position,
 * each field base64url-encoded and joined by dots, followed by a digest of all of it. A token that is not one
 * of these — garbled, cut, edited, or made for another sort order or other filters — is refused with a 400
 * naming {@code cursor}. The token grants nothing: the book and the caller's membership are checked on every
 * request, and a position only says where in the caller's own listing the page starts.
 */
record ListingCursor(int page, LedgerQueries.Position after) {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String NULL = "-";

    /** The token of the page after {@code page} whose last entry is {@code last}. */
    static String next(String sortField, boolean ascending, LedgerQueries.Criteria criteria, int page,
                       LedgerQueries.Position last) {
        String value = last.value() == null ? NULL : "=" + text(last.value());
        String body = String.join(".", VERSION, part(sortField), ascending ? "a" : "d", filters(criteria),
            part(Integer.toString(page + 1)), part(value), part(last.id().toString()));
        return body + "." + digest(body);
    }

    /** Reads a token made by {@link #next} for the same sort and filters; 400 {@code cursor} otherwise. */
    static ListingCursor read(String token, String sortField, boolean ascending, LedgerQueries.Criteria criteria) {
        if (token == null || token.length() > 2000) {
            throw invalid();
        }
        int cut = token.lastIndexOf('.');
        if (cut < 0 || !MessageDigest.isEqual(digest(token.substring(0, cut)).getBytes(StandardCharsets.US_ASCII),
                token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        String[] parts = token.substring(0, cut).split("\\.", -1);
        if (parts.length != 7 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!sortField.equals(unpart(parts[1])) || !parts[2].equals(ascending ? "a" : "d")
                || !parts[3].equals(filters(criteria))) {
            throw new InvalidInputException("cursor", "belongs to another sort order or other filters; start again without it");
        }
        try {
            int page = Integer.parseInt(unpart(parts[4]));
            String value = unpart(parts[5]);
            UUID id = UUID.fromString(unpart(parts[6]));
            if (page < 1) {
                throw invalid();
            }
            Object typed;
            if (NULL.equals(value)) {
                if (!"counterparty".equals(sortField)) {
                    throw invalid();
                }
                typed = null;
            } else if (value.startsWith("=")) {
                typed = typed(sortField, value.substring(1));
            } else {
                throw invalid();
            }
            return new ListingCursor(page, new LedgerQueries.Position(typed, id));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    /** The sort value in the type its column is compared with (each parse refuses what is not one). */
    private static Object typed(String sortField, String text) {
        return switch (sortField) {
            case "date" -> LocalDate.parse(text);
            case "amount" -> new BigDecimal(text);
            case "createdAt" -> Instant.parse(text);
            case "status" -> TransactionStatus.valueOf(text).name();
            case "type" -> TransactionType.valueOf(text).name();
            case "counterparty" -> text;
            default -> throw new IllegalArgumentException(sortField);
        };
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String filters(LedgerQueries.Criteria c) {
        return digest(Arrays.asList(c.from(), c.to(), c.type(), c.status(), c.accountId(), c.categoryId(), c.memberId(),
            c.minAmount(), c.maxAmount(), c.q() == null || c.q().isBlank() ? null : c.q().strip()).toString()).substring(0, 16);
    }

    private static String part(String s) {
        return ENCODE.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unpart(String s) {
        return new String(DECODE.decode(s), StandardCharsets.UTF_8);
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((VERSION + ":" + s).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor of this listing; use the nextCursor of a previous page");
    }
}
