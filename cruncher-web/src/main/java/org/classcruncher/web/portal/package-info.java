/**
 * The Faces portal for school administrators: the school form and the solve page, backed by view-scoped beans
 * that call the same boundary as the REST API and receive records, never entities.
 */
package org.classcruncher.web.portal;
