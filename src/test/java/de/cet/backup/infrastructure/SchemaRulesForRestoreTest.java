package de.cet.backup.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the restore relies on in every migration, including the ones written after this test: a restore
 * loads rows in any order because it defers every foreign key to its commit (docs/backup-format.md).
 * A key declared without {@code DEFERRABLE} would be checked row by row again and bring back issue 11.
 */
@QuarkusTest
class SchemaRulesForRestoreTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyForeignKeyOfTheSchemaCanBeDeferredAndIsCheckedImmediatelyOutsideARestore() throws Exception {
        List<String> notDeferrable = new ArrayList<>();
        List<String> deferredByDefault = new ArrayList<>();
        int keys = 0;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select t.relname || '.' || k.conname, k.condeferrable, k.condeferred
                from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
                where k.contype = 'f' and n.nspname = current_schema() order by 1""")) {
            while (rs.next()) {
                keys++;
                if (!rs.getBoolean(2)) {
                    notDeferrable.add(rs.getString(1));
                }
                if (rs.getBoolean(3)) {
                    deferredByDefault.add(rs.getString(1));
                }
            }
        }
        assertFalse(keys == 0, "the schema has foreign keys");
        assertEquals(List.of(), notDeferrable, "declare these DEFERRABLE INITIALLY IMMEDIATE");
        assertEquals(List.of(), deferredByDefault, "the application relies on keys checked per statement");
    }

    @Test
    void theCatalogTheRestoreReadsSeesNoKeyItCannotDefer() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            SchemaCatalog catalog = SchemaCatalog.read(c, SchemaCatalog.currentSchema(c));
            assertEquals(List.of(), catalog.immediateForeignKeys());
        }
    }
}
