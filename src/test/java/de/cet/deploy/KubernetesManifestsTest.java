package de.cet.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/kubernetes as a cluster would get it, without a cluster: src/test/kubernetes/render-and-validate.mjs
 * renders the kustomize base and the example overlay and validates every object against the Kubernetes
 * JSON schemas (kubernetes-models); this test then checks what the schemas cannot know: probes on the
 * health endpoints, two replicas kept by the disruption budget, one signing key for all replicas, only
 * documented variables, and the database connection pointing at the CloudNativePG primary.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SCRIPT = ROOT.resolve("src/test/kubernetes/render-and-validate.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Rendered(int exit, String out, String err) {}

    static Rendered render(Path dir) throws Exception {
        Path out = Files.createTempFile("k8s", ".json");
        Path err = Files.createTempFile("k8s", ".err");
        try {
            Process p = new ProcessBuilder("node", SCRIPT.toString(), dir.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the renderer hung");
            return new Rendered(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<JsonNode> objects(Path dir) throws Exception {
        Rendered r = render(dir);
        assertEquals(0, r.exit(), "invalid manifests in " + dir + ":\n" + r.err());
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(r.out()).forEach(list::add);
        return list;
    }

    static JsonNode one(List<JsonNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
            .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static JsonNode named(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no entry " + name + " in " + list);
    }

    @Test
    void theBaseAndTheExampleOverlayValidateAgainstTheKubernetesSchemas() throws Exception {
        List<JsonNode> base = objects(ROOT.resolve("deploy/kubernetes/base"));
        assertEquals(Set.of("ConfigMap/cet-config", "Deployment/cet", "Service/cet", "Service/cet-management",
            "Ingress/cet", "PodDisruptionBudget/cet"), kinds(base));
        List<JsonNode> overlay = objects(ROOT.resolve("deploy/kubernetes/overlays/example"));
        assertTrue(kinds(overlay).containsAll(Set.of("Cluster/cet-db", "ScheduledBackup/cet-db-nightly",
            "Secret/cet-secrets", "Secret/cet-jwt-keys")), kinds(overlay).toString());
        overlay.forEach(o -> assertEquals("cet", o.path("metadata").path("namespace").asText(), o.toString()));
    }

    @Test
    void aBrokenManifestIsRefusedWithTheFieldNamed(@TempDir Path temp) throws Exception {
        Path base = temp.resolve("base");
        Files.createDirectories(base);
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/kubernetes/base"))) {
            for (Path f : files.toList()) {
                Files.copy(f, base.resolve(f.getFileName()));
            }
        }
        Path deployment = base.resolve("deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("replicas: 2", "replicas: two"));
        Rendered r = render(base);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("Deployment/cet") && r.err().contains("replicas"), r.err());
    }

    @Test
    void twoReplicasProbedOnTheHealthEndpointsKeptByTheDisruptionBudget() throws Exception {
        List<JsonNode> o = objects(ROOT.resolve("deploy/kubernetes/overlays/example"));
        JsonNode deployment = one(o, "Deployment", "cet");
        assertEquals(2, deployment.path("spec").path("replicas").asInt());
        JsonNode pod = deployment.path("spec").path("template");
        JsonNode container = named(pod.path("spec").path("containers"), "cet");
        assertEquals(8080, named(container.path("ports"), "http").path("containerPort").asInt(), "QUARKUS_HTTP_PORT");
        assertEquals(9000, named(container.path("ports"), "management").path("containerPort").asInt(), "CET_MANAGEMENT_PORT");
        // Health for the load balancer is on the public port (README, operations endpoints).
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("http", container.path("readinessProbe").path("httpGet").path("port").asText());
        assertEquals("http", container.path("livenessProbe").path("httpGet").path("port").asText());
        assertFalse(container.path("resources").path("requests").path("memory").isMissingNode());
        assertFalse(container.path("resources").path("limits").path("memory").isMissingNode());

        JsonNode podLabels = pod.path("metadata").path("labels");
        JsonNode pdb = one(o, "PodDisruptionBudget", "cet");
        assertEquals(1, pdb.path("spec").path("minAvailable").asInt());
        selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels);
        selects(deployment.path("spec").path("selector").path("matchLabels"), podLabels);
        JsonNode service = one(o, "Service", "cet");
        selects(service.path("spec").path("selector"), podLabels);

        JsonNode ingress = one(o, "Ingress", "cet");
        JsonNode backend = ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service");
        assertEquals("cet", backend.path("name").asText());
        assertEquals("http", named(service.path("spec").path("ports"), backend.path("port").path("name").asText())
            .path("targetPort").asText(), "the Ingress reaches the public port, never the management port");
        String host = ingress.path("spec").path("rules").get(0).path("host").asText();
        assertTrue(ingress.path("spec").path("tls").get(0).path("hosts").toString().contains(host), "TLS for " + host);
        assertFalse(ingress.path("spec").path("tls").get(0).path("secretName").asText().isEmpty());
        JsonNode config = one(o, "ConfigMap", "cet-config").path("data");
        assertEquals(host, URI.create(config.path("CET_PUBLIC_URL").asText()).getHost(), "mail links point at the Ingress host");
    }

    @Test
    void everyReplicaSignsWithTheKeysOfOneSecret() throws Exception {
        List<JsonNode> o = objects(ROOT.resolve("deploy/kubernetes/overlays/example"));
        JsonNode pod = one(o, "Deployment", "cet").path("spec").path("template").path("spec");
        JsonNode config = one(o, "ConfigMap", "cet-config").path("data");
        JsonNode volume = named(pod.path("volumes"), "jwt-keys");
        String secretName = volume.path("secret").path("secretName").asText();
        JsonNode secret = one(o, "Secret", secretName).path("stringData");
        JsonNode mount = named(named(pod.path("containers"), "cet").path("volumeMounts"), "jwt-keys");
        for (String variable : List.of("CET_JWT_PRIVATE_KEY_LOCATION", "CET_JWT_PUBLIC_KEY_LOCATION")) {
            Path file = Path.of(config.path(variable).asText());
            assertEquals(mount.path("mountPath").asText(), file.getParent().toString(), variable);
            String key = null;
            for (JsonNode item : volume.path("secret").path("items")) {
                if (item.path("path").asText().equals(file.getFileName().toString())) {
                    key = item.path("key").asText();
                }
            }
            assertTrue(key != null && secret.has(key), variable + " comes from a key of " + secretName);
        }
    }

    @Test
    void onlyDocumentedVariablesAndSecretsOnlyInTheSecret() throws Exception {
        Set<String> documented = documentedVariables();
        List<JsonNode> o = objects(ROOT.resolve("deploy/kubernetes/overlays/example"));
        JsonNode config = one(o, "ConfigMap", "cet-config").path("data");
        config.fieldNames().forEachRemaining(k -> {
            assertTrue(documented.contains(k), k + " is not in the README's configuration table");
            assertFalse(k.contains("PASSWORD") || k.contains("PASSPHRASE") || k.contains("USERNAME"),
                k + " belongs in the Secret");
        });
        one(o, "Secret", "cet-secrets").path("stringData").fieldNames().forEachRemaining(k ->
            assertTrue(documented.contains(k), k + " is not in the README's configuration table"));
        JsonNode env = named(one(o, "Deployment", "cet").path("spec").path("template").path("spec").path("containers"), "cet").path("env");
        env.forEach(e -> assertTrue(documented.contains(e.path("name").asText()), e.toString()));
    }

    @Test
    void theDatabaseIsACloudNativePgClusterWithAReplicaAndBackupsAndCetUsesItsPrimary() throws Exception {
        List<JsonNode> o = objects(ROOT.resolve("deploy/kubernetes/overlays/example"));
        JsonNode cluster = one(o, "Cluster", "cet-db");
        assertTrue(cluster.path("spec").path("instances").asInt() >= 2, "a primary and at least one replica");
        assertFalse(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText().isEmpty());
        assertEquals("cet-db", one(o, "ScheduledBackup", "cet-db-nightly").path("spec").path("cluster").path("name").asText());

        String url = one(o, "ConfigMap", "cet-config").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText();
        URI db = URI.create(url.substring("jdbc:".length()));
        assertEquals("cet-db-rw", db.getHost(), "the primary's service, which follows a failover");
        assertEquals("/" + cluster.path("spec").path("bootstrap").path("initdb").path("database").asText(), db.getPath());
        JsonNode env = named(one(o, "Deployment", "cet").path("spec").path("template").path("spec").path("containers"), "cet").path("env");
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertEquals("cet-db-app", named(env, variable).path("valueFrom").path("secretKeyRef").path("name").asText(),
                variable + " from the owner's secret that CloudNativePG creates");
        }
    }

    private static void selects(JsonNode selector, JsonNode labels) {
        assertTrue(selector.size() > 0, "an empty selector");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(),
            "selector " + e.getKey()));
    }

    private static Set<String> kinds(List<JsonNode> objects) {
        Set<String> kinds = new HashSet<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()));
        return kinds;
    }

    /** The variables named in the first column of the README's configuration table. */
    static Set<String> documentedVariables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> names = new HashSet<>();
        Pattern name = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        for (String line : readme.substring(start, end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher m = name.matcher(line.split("\\|")[1]);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertTrue(names.size() > 20, "the configuration table was not found");
        return names;
    }
}
