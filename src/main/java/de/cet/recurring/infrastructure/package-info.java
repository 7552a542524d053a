/** Plain SQL over the recurring tables (V131). */
package de.cet.recurring.infrastructure;
