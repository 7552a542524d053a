package de.cet.notifications.infrastructure;

import de.cet.notifications.application.OpenPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the ledger's {@code ledger_period} table (as reporting does), never its entities. */
@ApplicationScoped
class SqlOpenPeriods implements OpenPeriods {

    private final EntityManager em;

    SqlOpenPeriods(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Period> endingOnOrAfter(LocalDate today) {
        List<Period> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select book_id, id, name, end_date from ledger_period
                where status = 'OPEN' and end_date >= ?1 order by end_date, id""")
                .setParameter(1, Date.valueOf(today)).getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate end = r[3] instanceof Date d ? d.toLocalDate() : (LocalDate) r[3];
            out.add(new Period((UUID) r[0], (UUID) r[1], (String) r[2], end));
        }
        return out;
    }
}
