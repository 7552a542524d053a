/**
 * Renderers: PDF (OpenPDF, embedded Liberation fonts, PDF/A-1b), CSV (RFC 4180, formula injection
 * neutralised; format in docs/adr/0004-csv-format.md), JSON DTOs and the streamed audit ZIP.
 */
package de.cet.reporting.render;
