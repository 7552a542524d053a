/** REST resources of the import: thin, DTO records only. */
package de.cet.importing.api;
