/**
 * The family of business exceptions every component's boundary throws ({@link org.classcruncher.problem.CruncherException},
 * and {@link org.classcruncher.problem.InvalidRequest} for a field that is wrong), below every component so that none
 * depends on another for its errors. The REST API answers each with a problem document, the portal with a message.
 */
package org.classcruncher.problem;
