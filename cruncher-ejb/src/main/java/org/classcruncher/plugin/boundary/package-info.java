/** The facade listing the server's policy plugins, for the REST API and the portal. */
package org.classcruncher.plugin.boundary;
