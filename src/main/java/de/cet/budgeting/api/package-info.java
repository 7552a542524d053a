/** REST resources and DTOs of budgets. */
package de.cet.budgeting.api;
