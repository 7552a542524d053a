package de.cet.identity.infrastructure;

import de.cet.identity.application.Argon2Engine;
import de.cet.identity.application.BouncyCastleArgon2;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** In a native executable (-Pnative) Argon2id is computed by Bouncy Castle; see {@link Argon2Engines}. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.native.enabled", stringValue = "true")
public class NativeImageArgon2Engine {

    @Produces
    @ApplicationScoped
    Argon2Engine engine() {
        Logger.getLogger(NativeImageArgon2Engine.class).info("Password hashes are computed by Bouncy Castle (native executable)");
        return new BouncyCastleArgon2();
    }
}
