package de.cet.notifications.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The ledger's open periods, read for the period-ending check. */
public interface OpenPeriods {

    /** Open periods whose last day is {@code today} or later. */
    List<Period> endingOnOrAfter(LocalDate today);

    record Period(UUID bookId, UUID periodId, String name, LocalDate endDate) {}
}
