package de.cet.receipts.domain;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text OCR found on a till receipt or a scanned invoice the way a German treasurer would: the
 * total is the amount on the line that says so ("zu zahlen", "Summe", "Gesamt", "Total", "Endbetrag"),
 * not a line item, a subtotal, the cash given or the change; the date is the first plausible
 * {@code dd.mm.yyyy} / {@code dd.mm.yy} (or ISO) date; the merchant is the first line near the top that
 * reads like a name rather than an address, a phone number or "Kassenbon". The confidence (0 to 1) says
 * how much was found and how sure the OCR engine itself was.
 */
public final class ReceiptTextRules {

    /** Amounts with two decimals: {@code 12,30}, {@code 1.234,56}, {@code 1 234,56}, {@code 1,234.56}, {@code 12.30}. */
    private static final Pattern AMOUNT = Pattern.compile(
        "(?<![\\d.,])-?(\\d{1,3}(?:[. ']\\d{3})+|\\d{1,3}(?:,\\d{3})+(?=\\.\\d{2})|\\d+)\\s?([.,])\\s?(\\d{2})(?![\\d.,]*\\d)(?!\\s?%)");
    private static final Pattern DATE = Pattern.compile(
        "(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?![\\d])|(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)");
    private static final Pattern TRIM = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d.)&!]+$");

    /** Words that name the total, strongest first (each matched at the start of a word). */
    private static final List<Pattern> TOTAL_WORDS = words("zu zahlen", "zahlbetrag", "endbetrag", "gesamtbetrag",
        "rechnungsbetrag", "gesamtsumme", "summe", "gesamt", "total", "betrag");
    /** Lines that carry an amount but never the total. */
    private static final Pattern NOT_TOTAL = anyWord("zwischensumme", "zwischen-summe", "subtotal", "netto",
        "mwst", "mw st", "ust", "mehrwertsteuer", "umsatzsteuer", "steuer", "rückgeld", "ruckgeld", "rueckgeld",
        "zurück", "zuruck", "gegeben", "wechselgeld", "rabatt", "pfand", "trinkgeld", "summe artikel", "posten");
    private static final Pattern CASH = anyWord("bar", "gegeben");
    private static final Pattern CHANGE = anyWord("rückgeld", "ruckgeld", "rueckgeld", "wechselgeld", "zurück", "zuruck");
    private static final Pattern EUR = anyWord("eur");
    private static final Pattern VAT_WORDS = anyWord("mwst", "mw st", "ust", "mehrwertsteuer", "umsatzsteuer");
    /** Top lines that are not the merchant's name. */
    private static final Pattern NOT_MERCHANT = anyWord("kassenbon", "kassenbeleg", "beleg", "quittung", "rechnung",
        "willkommen", "welcome", "herzlich", "tel", "fax", "www", "http", "ust-id", "steuer", "st.-nr", "filiale",
        "datum", "uhrzeit", "kasse", "bon", "invoice", "receipt");
    private static final List<String> ADDRESS = List.of("@", "str.", "straße", "strasse", "platz ", "weg ");
    private static final int MERCHANT_LINES = 6;

    /** Amount on a line: the value and whether it followed the word "EUR" or a euro sign on the line. */
    private record Found(Money amount, int score) {}

    private ReceiptTextRules() {
    }

    /**
     * The extraction of one receipt's OCR text.
     *
     * @param text          the recognised text, lines as OCR found them
     * @param ocrConfidence the OCR engine's mean word confidence, 0 to 1
     * @param today         dates after today (plus a day for time zones) are misreadings and ignored
     * @return source {@code OCR} with what was found, or {@code NONE} when neither an amount nor a date was
     */
    public static Extraction read(String text, double ocrConfidence, LocalDate today) {
        List<String> lines = lines(text);
        Found total = total(lines);
        LocalDate date = date(lines, today);
        if (total == null && date == null) {
            return Extraction.none();
        }
        String merchant = merchant(lines);
        Money vat = total == null ? null : vat(lines, total.amount());
        double found = (total == null ? 0 : total.score() / 100.0) + (date == null ? 0 : 0.25)
            + (merchant == null ? 0 : 0.15);
        double ocr = Math.max(0, Math.min(1, ocrConfidence));
        BigDecimal confidence = BigDecimal.valueOf(found * (0.5 + 0.5 * ocr)).setScale(2, RoundingMode.HALF_UP)
            .min(new BigDecimal("0.95"));
        return new Extraction(Extraction.Source.OCR, total == null ? null : total.amount(), date, merchant, null, null,
            vat, confidence);
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            String clean = line.replace('\u20ac', ' ').replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                lines.add(line.contains("\u20ac") ? clean + " EUR" : clean);
            }
        }
        return lines;
    }

    /**
     * The total: the amount on (or, when OCR split the columns, right after) the strongest total line; else
     * cash paid less the change; else the amount on a line saying EUR; else the largest amount on the
     * receipt that is not change or cash given. Scores: 60, 50, 45, 25 (in hundredths of confidence).
     */
    static Found total(List<String> lines) {
        int bestRank = Integer.MAX_VALUE;
        Money best = null;
        for (int i = 0; i < lines.size(); i++) {
            String lower = lower(lines.get(i));
            if (excluded(lower)) {
                continue;
            }
            int rank = rank(lower);
            if (rank < bestRank) {
                Money amount = lastAmount(lines.get(i));
                if (amount == null && i + 1 < lines.size() && !excluded(lower(lines.get(i + 1)))) {
                    amount = onlyAmount(lines.get(i + 1));
                }
                if (amount != null && amount.signum() > 0) {
                    bestRank = rank;
                    best = amount;
                }
            }
        }
        if (best != null) {
            return new Found(best, 60);
        }
        Found paid = cashLessChange(lines);
        if (paid != null) {
            return paid;
        }
        Money largest = null;
        Money withEur = null;
        for (String line : lines) {
            String lower = lower(line);
            if (excluded(lower) || CASH.matcher(lower).find()) {
                continue;
            }
            Money amount = lastAmount(line);
            if (amount == null || amount.signum() <= 0) {
                continue;
            }
            if (EUR.matcher(lower).find() && (withEur == null || amount.compareTo(withEur) > 0)) {
                withEur = amount;
            }
            if (largest == null || amount.compareTo(largest) > 0) {
                largest = amount;
            }
        }
        if (withEur != null) {
            return new Found(withEur, 45);
        }
        return largest == null ? null : new Found(largest, 25);
    }

    /**
     * When OCR garbled the total itself (a comma read as a digit happens), cash paid less the change is the
     * total: "Bar 50,00" and "Rückgeld 36,23" make 13,77. Score 50.
     */
    private static Found cashLessChange(List<String> lines) {
        Money cash = null;
        Money change = null;
        for (String line : lines) {
            String lower = lower(line);
            Money amount = lastAmount(line);
            if (amount == null) {
                continue;
            }
            if (CHANGE.matcher(lower).find()) {
                change = amount;
            } else if (CASH.matcher(lower).find()) {
                cash = amount;
            }
        }
        if (cash == null || change == null || cash.compareTo(change) <= 0) {
            return null;
        }
        return new Found(Money.of(cash.amount().subtract(change.amount())), 50);
    }

    private static int rank(String lower) {
        for (int r = 0; r < TOTAL_WORDS.size(); r++) {
            if (TOTAL_WORDS.get(r).matcher(lower).find()) {
                return r;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean excluded(String lower) {
        return NOT_TOTAL.matcher(lower).find();
    }

    private static List<Pattern> words(String... words) {
        List<Pattern> patterns = new ArrayList<>();
        for (String word : words) {
            patterns.add(anyWord(word));
        }
        return List.copyOf(patterns);
    }

    /** Any of the words, each starting a word of the line (so "ust" is not found in "August"). */
    private static Pattern anyWord(String... words) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])(?:");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.append(')').toString());
    }

    /** The VAT when exactly one line names it with an amount below the total (a VAT table is left alone). */
    static Money vat(List<String> lines, Money total) {
        Money vat = null;
        int count = 0;
        for (String line : lines) {
            String lower = lower(line);
            if (VAT_WORDS.matcher(lower).find()) {
                Money amount = lastAmount(line);
                if (amount != null) {
                    count++;
                    vat = amount;
                }
            }
        }
        return count == 1 && vat.signum() > 0 && vat.compareTo(total) < 0 ? vat : null;
    }

    /** The last amount on a line (the right column of a receipt), as a positive value. */
    static Money lastAmount(String line) {
        Matcher m = AMOUNT.matcher(line);
        Money last = null;
        while (m.find()) {
            last = toMoney(m);
        }
        return last;
    }

    /** The amount of a line that is nothing but an amount (and perhaps "EUR"). */
    private static Money onlyAmount(String line) {
        String rest = AMOUNT.matcher(line).replaceAll("").replaceAll("(?i)eur", "").strip();
        return rest.isEmpty() ? lastAmount(line) : null;
    }

    private static Money toMoney(Matcher m) {
        String whole = m.group(1).replaceAll("[^\\d]", "");
        BigDecimal value = new BigDecimal(whole + "." + m.group(3));
        return value.compareTo(new BigDecimal("9999999999999.99")) > 0 ? null : Money.of(value);
    }

    /** The first valid date in the text that is not in the future and not before 2000. */
    static LocalDate date(List<String> lines, LocalDate today) {
        for (String line : lines) {
            Matcher m = DATE.matcher(line);
            while (m.find()) {
                LocalDate date = m.group(4) != null
                    ? date(m.group(4), m.group(5), m.group(6))
                    : date(m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3), m.group(2), m.group(1));
                if (date != null && !date.isAfter(today.plusDays(1)) && date.getYear() >= 2000) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The merchant: among the first lines, the first with at least three letters, mostly letters, without an
     * amount, a date or a postcode, and not one of the words receipts print above or below the name.
     */
    static String merchant(List<String> lines) {
        for (int i = 0; i < Math.min(MERCHANT_LINES, lines.size()); i++) {
            String line = lines.get(i);
            String lower = lower(line);
            if (AMOUNT.matcher(line).find() || DATE.matcher(line).find() || POSTCODE.matcher(line).find()
                || NOT_MERCHANT.matcher(lower).find() || ADDRESS.stream().anyMatch(lower::contains)) {
                continue;
            }
            long letters = LETTER.matcher(line).results().count();
            long visible = line.chars().filter(c -> !Character.isWhitespace(c)).count();
            if (letters >= 3 && letters * 10 >= visible * 6) {
                String name = TRIM.matcher(line).replaceAll("").strip();
                if (name.length() >= 3) {
                    return name.length() > 100 ? name.substring(0, 100).strip() : name;
                }
            }
        }
        return null;
    }

    private static String lower(String line) {
        return line.toLowerCase(Locale.GERMAN);
    }
}
