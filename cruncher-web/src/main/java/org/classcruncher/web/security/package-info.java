/**
 * Security of the web layer: the authentication mechanism (portal login, API tokens and Basic), the identity
 * store over the accounts, the current caller handed to the boundaries, the security headers, the filters that
 * refuse cookie-only API changes and hold users to changing a one-time password, and the error page that shows no
 * internals.
 */
package org.classcruncher.web.security;
