package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Equipment bought in the period (official category EX-700), as the Inventarverzeichnis lists it. */
public record InventoryLine(String description, LocalDate date, Money price) {

    public InventoryLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(price, "price");
    }
}
