/**
 * Adapters of the identity context: JPA persistence, the throttling store, the JWT key pair, token
 * signing and the bearer-token authentication mechanism that checks each token's session.
 */
package de.cet.identity.infrastructure;
