/**
 * The reports over HTTP: {@code ReportResource} (transparency report, expense report, audit package,
 * sign-off) and {@code OverviewResource}, thin JAX-RS resources that call one application service and
 * map to the JSON DTO records ({@code TransparencyReportJson}, {@code ExpenseReportJson}) or stream the
 * rendered CSV, PDF and ZIP. Money is a two-decimal string through the shared Jackson setup.
 */
package de.cet.reporting.api;
