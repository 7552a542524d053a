package de.cet.webui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web app's API types (src/main/webui/src/api/schema.d.ts) are generated from the OpenAPI document
 * this application serves. A change of the API that the app does not follow fails here, and with it
 * the TypeScript build of the app when the regenerated types no longer fit its code.
 */
@QuarkusTest
class ApiTypesAreCurrentTest {

    static final Path COMMITTED = WebAppNode.DIR.resolve("src/api/schema.d.ts");

    @Test
    void theCommittedApiTypesMatchTheServedOpenApiDocument() throws IOException {
        WebAppNode.ensureInstalled();
        String document = given().accept("application/json").get("/q/openapi?format=json")
            .then().statusCode(200).extract().asString();
        Path dir = Files.createDirectories(Path.of("target/webui-api").toAbsolutePath());
        Path openapi = dir.resolve("openapi.json");
        Path generated = dir.resolve("schema.d.ts");
        Files.writeString(openapi, document, StandardCharsets.UTF_8);

        WebAppNode.Result r = WebAppNode.run(List.of("node", "scripts/api-types.mjs", "--in", openapi.toString(),
            "--out", generated.toString()), Map.of(), 120);
        assertEquals(0, r.exitCode(), "openapi-typescript failed:\n" + r.output());

        assertEquals(Files.readString(generated, StandardCharsets.UTF_8), Files.readString(COMMITTED, StandardCharsets.UTF_8),
            "src/main/webui/src/api/schema.d.ts is not the OpenAPI document this build serves. Regenerate it with "
                + "`npm --prefix src/main/webui run api:types` while `./mvnw quarkus:dev` runs (or copy " + generated
                + "), then make the web app compile with it (`npm --prefix src/main/webui run typecheck`).");
    }
}
