/** The export and publication use cases, their access rules and the ports they read through. */
package de.cet.exporting.application;
