/** The DATEV booking rules, the SKR charts' default accounts and the EXTF file format; plain Java. */
package de.cet.exporting.domain;
