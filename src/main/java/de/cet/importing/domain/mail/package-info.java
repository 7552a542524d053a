/** Bank alert mails read by per-bank templates, and which mail attachments may become receipts. Pure Java. */
package de.cet.importing.domain.mail;
