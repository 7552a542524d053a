package de.cet.demo;

import de.cet.identity.domain.IdentityRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At start, with {@code cet.demo.enabled} (on in dev mode, {@code CET_DEMO=true} elsewhere, off in
 * production by default), an instance without any user gets the demo ({@link DemoData}). An instance with
 * users, a restored one or one whose demo was created before, is left as it is, so a restart keeps the
 * demo and never duplicates it.
 */
@ApplicationScoped
public class DemoInstance {

    /** What the start did. */
    public enum Outcome { DISABLED, NOT_EMPTY, CREATED }

    private static final Logger LOG = Logger.getLogger(DemoInstance.class);

    private final DemoData demo;
    private final IdentityRepository identity;
    private final EntityManager em;
    private final boolean enabled;

    DemoInstance(DemoData demo, IdentityRepository identity, EntityManager em,
                 @ConfigProperty(name = "cet.demo.enabled") boolean enabled) {
        this.demo = demo;
        this.identity = identity;
        this.em = em;
        this.enabled = enabled;
    }

    // after the start-up restore and the bootstrap invitation, so that a restored instance counts as not empty
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent start) {
        atStart();
    }

    public Outcome atStart() {
        if (!enabled) {
            return Outcome.DISABLED;
        }
        return createIfEmpty();
    }

    /** Creates the demo when no user exists yet. */
    @Transactional
    public Outcome createIfEmpty() {
        // several instances may start at once on an empty database: the bootstrap's lock lets one of them act
        em.createNativeQuery("select pg_advisory_xact_lock(7243001)").getSingleResult();
        if (identity.anyUser()) {
            LOG.info("Demo mode: the database has users already; no demo data created.");
            return Outcome.NOT_EMPTY;
        }
        return demo.create().isPresent() ? Outcome.CREATED : Outcome.NOT_EMPTY;
    }
}
