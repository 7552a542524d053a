/** REST resources and DTOs of recurring transactions. */
package de.cet.recurring.api;
