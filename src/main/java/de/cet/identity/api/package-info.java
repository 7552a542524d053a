/** REST resources of the identity context: /auth, /invitations, /me, /books/{id}/invitations, /admin/users. */
package de.cet.identity.api;
