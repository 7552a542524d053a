/** The official, versioned category catalogue (PRODUCT.md section 6) and the default categories per book kind. */
package de.cet.ledger.domain.catalogue;
