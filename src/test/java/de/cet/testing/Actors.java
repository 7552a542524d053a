package de.cet.testing;

import static io.restassured.RestAssured.given;

import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookRole;
import de.cet.identity.application.PasswordHasher;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.User;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures for every context's API tests: users who are signed in, books, members with a role.
 * Use inside a {@code @QuarkusTest}. Users are created through the identity domain and repository
 * (with a real Argon2id hash, computed once), then sign in through the real {@code POST /auth/login};
 * members join books through the books application service. The invitation flow itself is tested in
 * {@code de.cet.identity.api}.
 *
 * <pre>
 * Actor alice = Actors.user();                       // signed in, no books
 * UUID book = Actors.book(alice);                    // alice is its ADMIN
 * Actor bob = Actors.member(book, BookRole.TREASURER);
 * bob.api().get("/api/v1/books/{id}", book).then().statusCode(200);
 * </pre>
 */
public final class Actors {

    /** The password of every fixture user (strong enough for the password policy). */
    public static final String PASSWORD = "plum tractor velvet origami 47";

    private static volatile String passwordHash;

    private Actors() {}

    /** A signed-in user. {@link #api()} starts a REST Assured request with the bearer token and JSON. */
    public record Actor(UUID id, String email, String displayName, String accessToken, String refreshToken) {
        public RequestSpecification api() {
            return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + accessToken);
        }
    }

    /** A new signed-in user without books. */
    public static Actor user() {
        return user("Test User " + shortId(), false);
    }

    public static Actor user(String displayName) {
        return user(displayName, false);
    }

    /** A new signed-in instance administrator. */
    public static Actor instanceAdmin() {
        return user("Admin " + shortId(), true);
    }

    /** A new user in the database, not signed in yet; answers the user's id. */
    public static UUID registeredUser(String email, String displayName, boolean instanceAdmin) {
        String hash = hash();
        return QuarkusTransaction.requiringNew().call(() -> {
            User u = User.invited(email, displayName, hash, "en", instanceAdmin, java.time.Instant.now());
            Arc.container().instance(IdentityRepository.class).get().addUser(u);
            return u.id();
        });
    }

    private static Actor user(String displayName, boolean instanceAdmin) {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        UUID id = registeredUser(email, displayName, instanceAdmin);
        Map<String, Object> tokens = login(email, PASSWORD);
        return new Actor(id, email, displayName, (String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
    }

    /** Signs in through the API and answers the token response. */
    public static Map<String, Object> login(String email, String password) {
        return given().contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", password))
            .post("/api/v1/auth/login")
            .then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** A new CAUCUS book owned (ADMIN) by {@code owner}; answers its id. */
    public static UUID book(Actor owner) {
        return book(owner, "Fraktion " + shortId(), "CAUCUS");
    }

    public static UUID book(Actor owner, String name, String kind) {
        String id = owner.api().body(Map.of("name", name, "kind", kind, "currency", "EUR"))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A new signed-in user who is a member of {@code bookId} with {@code role}. */
    public static Actor member(UUID bookId, BookRole role) {
        return member(bookId, role, false);
    }

    public static Actor member(UUID bookId, BookRole role, boolean signatory) {
        Actor actor = user();
        addMember(bookId, actor.id(), role, signatory);
        return actor;
    }

    /** Adds an existing user to a book (as if an invitation had been accepted). */
    public static void addMember(UUID bookId, UUID userId, BookRole role, boolean signatory) {
        QuarkusTransaction.requiringNew().run(() ->
            Arc.container().instance(MembershipService.class).get().addMember(bookId, userId, role, signatory));
    }

    /** The token of the newest mail to {@code address} (from the link's {@code token=} parameter). */
    public static String tokenFromLastMail(String address) {
        var messages = SmtpSink.messagesTo(address);
        if (messages.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        String body = SmtpSink.body(messages.get(messages.size() - 1));
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no token in mail to " + address + ": " + body);
        }
        return m.group(1);
    }

    /**
     * A client address of its own for a test that fails sign-ins on purpose: sent as X-Forwarded-For, it
     * is believed because the test profile names 127.0.0.1 (the tests) as trusted proxy, as production
     * names its reverse proxy in CET_TRUSTED_PROXIES. Failures counted against it never slow another
     * test; from any other peer the header is ignored ({@code ForwardedHeaderTest}).
     */
    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static String hash() {
        if (passwordHash == null) {
            passwordHash = Arc.container().instance(PasswordHasher.class).get().hash(PASSWORD);
        }
        return passwordHash;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
