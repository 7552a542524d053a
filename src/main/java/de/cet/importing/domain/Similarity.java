package de.cet.importing.domain;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How alike two names are (0 to 1), after folding case, accents, legal forms and punctuation. */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {}

    public static double of(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.contains(y) || y.contains(x)) {
            return 1;
        }
        return JARO_WINKLER.apply(x, y);
    }

    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.GERMAN).replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replaceAll("\\b(gmbh|mbh|ag|e\\s?v|kg|ohg|ug|se|co)\\b", " ");
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
