/**
 * The Faces portal: login and password pages, the school form, the solve page and list, API tokens, and for
 * district admins the accounts and audit pages; backed by beans that call the same boundaries as the REST API,
 * as the logged-in caller, and receive records, never entities. A refused submission is a message on the form; an
 * expired page sends the user back to it.
 */
package org.classcruncher.web.portal;
