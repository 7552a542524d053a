package de.cet.ledger.api;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records the SQL statements Hibernate sends while it is open (Hibernate logs each one to
 * {@code org.hibernate.SQL} at DEBUG), with the thread that sent it, so that a test can count what one
 * request costs in the database. The bearer-token session check bypasses Hibernate (one statement per
 * request over plain JDBC) and is not recorded.
 */
final class SqlCapture implements AutoCloseable {

    record Statement(String thread, String sql) {}

    private final Logger logger = Logger.getLogger("org.hibernate.SQL");
    private final Level previous = logger.getLevel();
    private final List<Statement> statements = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (statements) {
                statements.add(new Statement(Thread.currentThread().getName(), record.getMessage().strip()));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    SqlCapture() {
        logger.addHandler(handler);
        logger.setLevel(Level.FINE);
    }

    /** The statements of the thread that sent a statement containing {@code marker}, in order. */
    List<String> ofThreadThatRan(String marker) {
        synchronized (statements) {
            String thread = statements.stream().filter(s -> s.sql().toLowerCase().contains(marker)).map(Statement::thread)
                .findFirst().orElseThrow(() -> new AssertionError("no statement contains " + marker + ": " + statements));
            return statements.stream().filter(s -> s.thread().equals(thread)).map(Statement::sql).toList();
        }
    }

    @Override
    public void close() {
        logger.setLevel(previous);
        logger.removeHandler(handler);
    }
}
