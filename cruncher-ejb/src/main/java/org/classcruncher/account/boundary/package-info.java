/**
 * Who may do what: accounts and their roles, schools, personal API tokens and the audit log, for the REST API, the
 * portal and the login mechanism. Every call names its {@link org.classcruncher.account.boundary.Caller}.
 */
package org.classcruncher.account.boundary;
