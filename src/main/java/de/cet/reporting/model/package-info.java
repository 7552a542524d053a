/**
 * Report contents as immutable records. Every total is derived from the lines inside the record, so a
 * rendered report can never show a total that does not add up.
 */
package de.cet.reporting.model;
