package de.cet.backup.infrastructure;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupRunRepository;
import de.cet.backup.domain.BackupStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaBackupRunRepository implements BackupRunRepository {

    private final EntityManager em;

    JpaBackupRunRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(BackupRun run) {
        if (!em.contains(run)) {
            em.persist(run);
        }
    }

    @Override
    public Optional<BackupRun> find(UUID id) {
        return Optional.ofNullable(em.find(BackupRun.class, id));
    }

    @Override
    public List<BackupRun> page(int offset, int limit, boolean newestFirst) {
        return em.createQuery("from BackupRun r order by r.startedAt " + (newestFirst ? "desc" : "asc") + ", r.id",
                BackupRun.class)
            .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from BackupRun r", Long.class).getSingleResult();
    }

    @Override
    public Optional<BackupRun> latestFinished() {
        return em.createQuery("from BackupRun r where r.status <> :running order by r.finishedAt desc", BackupRun.class)
            .setParameter("running", BackupStatus.RUNNING).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<BackupRun> latestSucceeded() {
        return em.createQuery("from BackupRun r where r.status = :ok order by r.finishedAt desc", BackupRun.class)
            .setParameter("ok", BackupStatus.SUCCEEDED).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean scheduledSince(Instant slot) {
        return em.createQuery("select count(r) from BackupRun r where r.trigger = :scheduled and r.startedAt >= :slot",
                Long.class)
            .setParameter("scheduled", de.cet.backup.domain.BackupTrigger.SCHEDULED).setParameter("slot", slot)
            .getSingleResult() > 0;
    }
}
