package de.cet.backup.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL advisory lock that makes backups and restores run once across all instances sharing
 * the database. Session-level: held by the connection that makes the backup until {@link #close()}.
 */
public final class AdvisoryLock implements AutoCloseable {

    /** "CETBKUP" as a number: one lock for backups and restores. */
    public static final long KEY = 0x4345_5442_4B55_50L;

    private final Connection connection;

    private AdvisoryLock(Connection connection) {
        this.connection = connection;
    }

    public static Optional<AdvisoryLock> tryAcquire(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1) ? Optional.of(new AdvisoryLock(c)) : Optional.empty();
            }
        }
    }

    /** For a restore: held until the transaction ends. */
    public static boolean tryAcquireForTransaction(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.execute();
        }
    }
}
