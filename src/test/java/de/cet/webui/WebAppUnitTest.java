package de.cet.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web app's own unit tests (Vitest: amounts as people type them, ...) run inside {@code ./mvnw verify}. */
class WebAppUnitTest {

    @Test
    void theWebAppsUnitTestsPass() {
        WebAppNode.ensureInstalled();
        WebAppNode.Result r = WebAppNode.run(List.of("npm", "run", "--silent", "test:unit"), Map.of("CI", "true"), 300);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), "Vitest failed (npm --prefix src/main/webui run test:unit):\n" + r.output());
    }
}
