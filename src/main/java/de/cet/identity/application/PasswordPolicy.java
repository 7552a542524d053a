package de.cet.identity.application;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import de.cet.shared.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules of OWASP ASVS 5 (level 2): at least 12 characters, up to 128 (more are refused only to
 * bound hashing work), any characters, no composition rules; common and guessable passwords (zxcvbn
 * score below 3) and passwords built from the user's own address or name are refused.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Throws 400 on {@code field} when the password is not acceptable for this user. */
    public void check(String field, String password, String email, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, "must have at most " + MAX_LENGTH + " characters");
        }
        List<String> personal = new ArrayList<>();
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null) {
            String e = email.toLowerCase(Locale.ROOT);
            personal.add(e);
            personal.add(e.substring(0, Math.max(0, e.indexOf('@'))));
        }
        if (displayName != null && !displayName.isBlank()) {
            personal.add(displayName.toLowerCase(Locale.ROOT));
            for (String part : displayName.toLowerCase(Locale.ROOT).split("\\s+")) {
                personal.add(part);
            }
        }
        for (String p : personal) {
            if (p.length() >= 4 && lower.contains(p)) {
                throw new InvalidInputException(field, "must not contain your email address or name");
            }
        }
        Strength strength = zxcvbn.measure(password, personal.stream().filter(s -> !s.isBlank()).toList());
        if (strength.getScore() < 3) {
            throw new InvalidInputException(field, "is too common or too easy to guess; a few unrelated words make a good one");
        }
    }
}
