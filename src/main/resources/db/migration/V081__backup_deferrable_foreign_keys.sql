-- Backup: every foreign key becomes DEFERRABLE INITIALLY IMMEDIATE.
--
-- For the application nothing changes: an INITIALLY IMMEDIATE key is still checked at the end of every
-- statement. The restore alone says SET CONSTRAINTS ALL DEFERRED in its one transaction, so that the
-- keys are checked once, at commit, against the whole archive: rows may then come in any order,
-- whatever references they make (a reversal and its original, a rework, a sub-category, cycles between
-- tables). See docs/backup-format.md.
--
-- Only the keys' deferrability changes (no data, no column), so there is nothing to expand or contract.
-- A migration that adds a foreign key later declares it DEFERRABLE INITIALLY IMMEDIATE as well; a test
-- (SchemaRulesForRestoreTest) names any key that is not.
do $$
declare
    k record;
begin
    for k in
        select t.relname as table_name, c.conname as constraint_name
        from pg_constraint c
        join pg_class t on t.oid = c.conrelid
        join pg_namespace n on n.oid = t.relnamespace
        where c.contype = 'f' and not c.condeferrable and n.nspname = current_schema()
        order by 1, 2
    loop
        execute format('alter table %I alter constraint %I deferrable initially immediate',
                       k.table_name, k.constraint_name);
    end loop;
end
$$;
