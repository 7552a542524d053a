/**
 * Receipts that fill in the form: what a stored receipt (ledger context) says about itself — the amount,
 * date, seller, invoice number, IBAN and VAT of an e-invoice (ZUGFeRD / Factur-X PDF, XRechnung XML in
 * CII or UBL syntax, read with the Mustang library). The answer only prefills the record screen; the user
 * confirms before anything is stored. ADR 0021.
 */
package de.cet.receipts;
