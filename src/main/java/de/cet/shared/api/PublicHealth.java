package de.cet.shared.api;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Supplier;

/**
 * {@code /q/health/live} and {@code /q/health/ready} on the public port, for load balancers that can only
 * probe the port they forward to: the same checks as the management interface's health endpoints, but
 * only their verdict ({@code {"status":"UP"}}, 200, or DOWN, 503). What the checks found (the database,
 * the last backup) is for operators and stays on the management port.
 */
@ApplicationScoped
public class PublicHealth {

    private final SmallRyeHealthReporter reporter;

    PublicHealth(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void install(@Observes Router router) {
        router.get("/q/health/live").blockingHandler(ctx -> answer(ctx, reporter::getLiveness), false);
        router.get("/q/health/ready").blockingHandler(ctx -> answer(ctx, reporter::getReadiness), false);
    }

    private static void answer(RoutingContext ctx, Supplier<SmallRyeHealth> check) {
        boolean down;
        try {
            down = check.get().isDown();
        } catch (RuntimeException e) {
            down = true;
        }
        ctx.response().setStatusCode(down ? 503 : 200)
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
            .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
    }
}
