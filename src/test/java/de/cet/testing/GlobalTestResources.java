package de.cet.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestInfrastructure} for every {@code @QuarkusTest} (one shared application start). */
@QuarkusTestResource(TestInfrastructure.class)
public final class GlobalTestResources {
    private GlobalTestResources() {}
}
