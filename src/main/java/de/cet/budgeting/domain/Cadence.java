package de.cet.budgeting.domain;

/** How long a budget's window is: a calendar month, or the book's accounting period. */
public enum Cadence {
    MONTHLY,
    PERIOD
}
