/** Bank lines, the duplicate check, rules, match scores and reconciliation. Pure Java. */
package de.cet.importing.domain;
