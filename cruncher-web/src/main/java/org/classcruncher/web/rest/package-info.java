/**
 * The REST API under {@code /api/v1}: JSON-B over the same boundaries the portal uses, errors as
 * {@code application/problem+json}.
 */
package org.classcruncher.web.rest;
