/** What the server answers without a login: its health and the REST API's OpenAPI document. */
package org.classcruncher.web.open;
