/** The split rule (parts exact to the cent, remainder cents by the largest remainder), balances and settle-up. Pure Java. */
package de.cet.splitting.domain;
