package de.cet.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The public port serves the API, its description and the load balancer's UP/DOWN; metrics and what
 * the health checks found are on the management interface (its own port, loopback by default).
 */
@QuarkusTest
class OperationsEndpointsTest {

    // the management URL already ends in its root path /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL managementLiveness;

    @Test
    void thePublicPortAnswersReadinessAndLivenessWithoutDetails() {
        given().when().get("/q/health/ready").then().statusCode(200)
            .contentType("application/json")
            .body("status", equalTo("UP"))
            .body("$", aMapWithSize(1))
            .body(not(containsString("Database")))
            .body(not(containsString("backup")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
            .body("$", aMapWithSize(1));
    }

    @Test
    void theManagementPortShowsWhatTheHealthChecksFound() {
        given().when().get(managementReadiness).then().statusCode(200)
            .body("status", equalTo("UP"))
            .body("checks.name", hasItem(containsString("Database")))
            .body("checks.name", hasItem("backup"));
        given().when().get(managementLiveness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreNotServedOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/started"}) {
            given().when().get(path).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString("cet_outbox_pending")));
        }
        // Outside /api and /q every path belongs to the web app (its own "not found" page), never to metrics.
        given().when().get("/metrics").then().contentType(containsString("text/html"))
            .body(not(containsString("cet_outbox_pending")));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklogOnTheManagementPort() {
        given().when().get(managementMetrics).then().statusCode(200)
            .body(containsString("cet_outbox_pending"))
            .body(containsString("http_server_requests"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("CET"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
