package de.cet.books.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The first accounting period asked for when a book is created; the ledger context creates it. */
public record FirstPeriod(String name, LocalDate startDate, LocalDate endDate) {
    public FirstPeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (startDate.isAfter(endDate)) {
            throw new IllegalArgumentException("startDate must not be after endDate");
        }
    }
}
