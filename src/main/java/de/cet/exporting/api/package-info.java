/** REST resources of the DATEV export, the export and publication settings, and the public page. */
package de.cet.exporting.api;
