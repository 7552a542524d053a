package de.cet.reporting.model;

import java.time.LocalDate;
import java.util.Objects;

/** The accounting period (or date range) a report covers, both ends inclusive. */
public record ReportPeriod(String name, LocalDate start, LocalDate end) {

    public ReportPeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " – " + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
