package de.cet.shared.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document at /q/openapi is a contract clients are generated from (the web app's TypeScript types,
 * a Java client): it is checked here the way those generators read it. Spectral (ruleset
 * {@code spectral:oas}) and openapi-typescript + tsc run on the document the running application
 * serves, from the npm project in src/test/openapi (installed by bin/openapi-tools before the tests).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path TOOLS = Path.of("src/test/openapi").toAbsolutePath();
    private static final Path OUT = Path.of("target/openapi").toAbsolutePath();
    private static final Path DOCUMENT = OUT.resolve("openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Names a generator would turn into classes that clash with, or leak, framework and JDK types. */
    private static final Set<String> FOREIGN_SCHEMA_NAMES = Set.of("JsonNode", "ObjectNode", "ArrayNode", "JsonNodeType",
        "InputStream", "OutputStream", "StreamingOutput", "Response", "File", "FileUpload", "Path", "Object", "Map",
        "UUID", "LocalDate", "Instant", "OffsetDateTime", "LocalDateTime", "URI", "BigDecimal", "Duration");

    private static JsonNode doc;

    @BeforeEach
    void fetchTheServedDocumentOnce() throws IOException {
        if (doc != null) {
            return;
        }
        String body = given().accept("application/json").when().get("/q/openapi?format=json")
            .then().statusCode(200).extract().asString();
        Files.createDirectories(OUT);
        Files.writeString(DOCUMENT, body);
        doc = new ObjectMapper().readTree(body);
    }

    @Test
    void everyOperationHasAUniqueOperationIdASummaryAndOneDeclaredTag() {
        Set<String> declaredTags = new HashSet<>();
        doc.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((label, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z]+")) {
                problems.add(label + ": operationId '" + id + "' is not a camelCase verb phrase");
            } else if (ids.put(id, label) != null) {
                problems.add(label + ": operationId '" + id + "' also names " + ids.get(id));
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(label + ": no summary");
            }
            if (op.path("tags").size() != 1 || !declaredTags.contains(op.path("tags").get(0).asText())) {
                problems.add(label + ": needs exactly one tag of the document's tags, has " + op.path("tags"));
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ids.size() >= 76, "the API has 76 operations, the document " + ids.size());
        assertEquals("createTransaction", operation("/api/v1/books/{bookId}/transactions", "post").path("operationId").asText());
        assertEquals("approveTransaction",
            operation("/api/v1/books/{bookId}/transactions/{id}/approve", "post").path("operationId").asText());
    }

    @Test
    void schemaNamesAreOursAndUnique() {
        List<String> problems = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (FOREIGN_SCHEMA_NAMES.contains(name)) {
                problems.add(name + " is a framework or JDK type");
            }
            if (name.matches(".*\\d$")) {
                problems.add(name + " looks like a generated duplicate (two classes of one simple name)");
            }
            if (name.matches(".*(Body|Dto|Answer|Json)$") || name.startsWith("PageResponse")) {
                problems.add(name + " is a Java class name, not a name of the API's vocabulary");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals("#/components/schemas/Account", schema("AccountPage").path("properties").path("items").path("items")
            .path("$ref").asText(), "pages are named after their items");
    }

    @Test
    void patchBodiesAreDescribedByNamedSchemasThatAllowNullWhereNullClears() {
        List<String> problems = new ArrayList<>();
        forEachOperation((label, op) -> {
            JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
            if (label.startsWith("PATCH") && !schema.path("$ref").asText().startsWith("#/components/schemas/")) {
                problems.add(label + ": body is not a named schema: " + schema);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        JsonNode transaction = schema(bodyRef("/api/v1/books/{bookId}/transactions/{id}", "patch"));
        assertTrue(allowsNull(transaction.path("properties").path("categoryId")), "categoryId can be cleared with null");
        assertTrue(!allowsNull(transaction.path("properties").path("amount")), "amount cannot be cleared");
        assertTrue(transaction.path("description").asText().contains("null"), "the description says what null does");
        JsonNode book = schema(bodyRef("/api/v1/books/{bookId}", "patch"));
        assertEquals("UpdateBookRequest", bodyRef("/api/v1/books/{bookId}", "patch"));
        assertTrue(allowsNull(book.path("properties").path("dualApprovalAbove")), "the approval threshold can be cleared");
        assertTrue(allowsNull(book.path("properties").path("electionDate")), "the election date can be cleared");
        JsonNode category = schema(bodyRef("/api/v1/books/{bookId}/categories/{categoryId}", "patch"));
        assertTrue(allowsNull(category.path("properties").path("parentId")), "parentId null moves to the top level");
    }

    @Test
    void moneyIsATwoDecimalStringWithAPatternAndAnExample() {
        for (String name : List.of("Money", "PositiveMoney")) {
            JsonNode money = schema(name);
            assertEquals("string", money.path("type").asText(), name);
            Pattern pattern = Pattern.compile(money.path("pattern").asText());
            JsonNode example = money.path("examples").path(0);
            assertTrue(pattern.matcher(example.asText()).matches(), name + " example " + example + " matches its pattern");
            assertTrue(pattern.matcher("1234.50").matches(), name);
            for (String wrong : List.of("12", "12.3", "12.345", "1e3", "12,34")) {
                assertTrue(!pattern.matcher(wrong).matches(), name + " refuses " + wrong);
            }
        }
        assertTrue(Pattern.compile(schema("Money").path("pattern").asText()).matcher("-5.00").matches());
        assertTrue(!Pattern.compile(schema("PositiveMoney").path("pattern").asText()).matcher("-5.00").matches());
        JsonNode created = schema("Transaction").path("properties").path("amount");
        assertEquals("#/components/schemas/PositiveMoney", refOf(created), "a transaction amount is positive");
        assertEquals("#/components/schemas/Money", refOf(schema("Account").path("properties").path("balance")));
    }

    @Test
    void everyErrorAnswerIsTheOneProblemDocument() {
        JsonNode problem = schema("Problem");
        for (String member : List.of("type", "title", "status", "detail", "instance", "requestId", "errors")) {
            assertTrue(problem.path("properties").has(member), "Problem has " + member);
        }
        assertEquals("#/components/schemas/FieldError", problem.path("properties").path("errors").path("items").path("$ref").asText());
        List<String> problems = new ArrayList<>();
        forEachOperation((label, op) -> {
            boolean hasError = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getKey().startsWith("2")) {
                    continue;
                }
                hasError = true;
                JsonNode resolved = response.getValue().has("$ref")
                    ? doc.at(response.getValue().path("$ref").asText().substring(1)) : response.getValue();
                JsonNode content = resolved.path("content");
                if (content.size() != 1
                    || !"#/components/schemas/Problem".equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                    problems.add(label + " " + response.getKey() + ": not the Problem document: " + content);
                }
            }
            if (!hasError || !op.path("responses").has("400") || !op.path("responses").has("default")) {
                problems.add(label + ": declares no 400 and default problem answers");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(operation("/api/v1/books/{bookId}", "patch").path("responses").has("412"), "If-Match operations answer 412");
        assertTrue(operation("/api/v1/books/{bookId}", "get").path("responses").has("401"), "secured operations answer 401");
    }

    @Test
    void uploadsAreMultipartWithBinaryFilesAndDownloadsAreBinary() {
        JsonNode receipt = multipart("/api/v1/books/{bookId}/receipts", "post");
        assertEquals("binary", receipt.path("properties").path("file").path("format").asText());
        assertTrue(receipt.path("required").toString().contains("file"));
        JsonNode restore = multipart("/api/v1/admin/restore", "post");
        assertEquals("binary", restore.path("properties").path("archive").path("format").asText());
        assertTrue(restore.path("properties").has("passphrase"));
        for (String[] download : new String[][] {
            {"/api/v1/books/{bookId}/receipts/{receiptId}/content", "application/pdf"},
            {"/api/v1/admin/backups/{id}/content", "application/pgp-encrypted"},
            {"/api/v1/books/{bookId}/reports/audit-package", "application/zip"},
            {"/api/v1/books/{bookId}/reports/transparency", "application/pdf"}}) {
            JsonNode schema = operation(download[0], "get").path("responses").path("200").path("content")
                .path(download[1]).path("schema");
            assertEquals("binary", schema.path("format").asText(), download[0] + " " + download[1]);
        }
    }

    @Test
    void spectralFindsNoErrorsNorWarningsInTheServedDocument() throws Exception {
        run("spectral lint", List.of(bin("spectral"), "lint", "--ruleset", TOOLS.resolve(".spectral.yaml").toString(),
            "--fail-severity", "warn", "--format", "text", DOCUMENT.toString()));
    }

    @Test
    void theGeneratedTypeScriptTypesTypeCheck() throws Exception {
        Path types = OUT.resolve("cet-api.d.ts");
        Files.deleteIfExists(types);
        run("openapi-typescript", List.of(bin("openapi-typescript"), DOCUMENT.toString(), "--output", types.toString()));
        assertTrue(Files.readString(types).contains("createTransaction"), "the generated types name the operations");
        run("tsc", List.of(bin("tsc"), "--project", TOOLS.resolve("tsconfig.json").toString()));
    }

    private static String bin(String tool) {
        Path path = TOOLS.resolve("node_modules/.bin").resolve(tool);
        if (!Files.isExecutable(path)) {
            fail(path + " is missing: the build installs it (bin/openapi-tools, Node.js 20+ and npm on the PATH)");
        }
        return path.toString();
    }

    private static void run(String name, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(name + " did not finish within 120 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println(name + ":\n" + text);
        assertEquals(0, process.exitValue(), name + " failed on " + DOCUMENT + ":\n" + text);
    }

    private interface OperationVisitor {
        void visit(String label, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        Set<String> paths = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            JsonNode item = doc.path("paths").path(path);
            item.fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    visitor.visit(method.toUpperCase() + " " + path, item.path(method));
                }
            });
        }
    }

    private static JsonNode operation(String path, String method) {
        JsonNode op = doc.path("paths").path(path).path(method);
        assertTrue(op.isObject(), method + " " + path + " is in the document");
        return op;
    }

    private static JsonNode schema(String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertTrue(schema.isObject(), "schema " + name + " is in the document");
        return schema;
    }

    private static String bodyRef(String path, String method) {
        String ref = operation(path, method).path("requestBody").path("content").path("application/json").path("schema")
            .path("$ref").asText();
        assertTrue(ref.startsWith("#/components/schemas/"), method + " " + path + " body is a named schema");
        return ref.substring("#/components/schemas/".length());
    }

    private static JsonNode multipart(String path, String method) {
        JsonNode schema = operation(path, method).path("requestBody").path("content").path("multipart/form-data").path("schema");
        assertNotNull(schema);
        return schema.has("$ref") ? doc.at(schema.path("$ref").asText().substring(1)) : schema;
    }

    /** The $ref of a property, written plainly or (with a description beside it) inside allOf/anyOf. */
    private static String refOf(JsonNode property) {
        if (property.has("$ref")) {
            return property.path("$ref").asText();
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : property.path(combinator)) {
                if (part.has("$ref")) {
                    return part.path("$ref").asText();
                }
            }
        }
        return null;
    }

    /** OpenAPI 3.1: {@code type: [x, "null"]}, or a {@code {type: "null"}} alternative beside a $ref. */
    private static boolean allowsNull(JsonNode property) {
        if (property.path("type").isArray()) {
            for (JsonNode t : property.path("type")) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode part : property.path(combinator)) {
                if ("null".equals(part.path("type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
