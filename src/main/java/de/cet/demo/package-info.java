/**
 * The demo instance: in dev mode (and wherever {@code CET_DEMO=true}) an empty database gets users, a
 * caucus book with a realistic year and a household book, made through the other contexts' application
 * services so that numbering, rules and the audit chain are the real ones. A flat package: it only
 * drives other contexts and owns no data.
 */
package de.cet.demo;
