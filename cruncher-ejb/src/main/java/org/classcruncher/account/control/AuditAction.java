package org.classcruncher.account.control;

/** The kinds of event the audit log records. */
public enum AuditAction {
    SOLVE_SUBMITTED,
    BATCH_SUBMITTED,
    SOLVE_CANCELLED,
    PLAN_EXPORTED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DELETED,
    PASSWORD_CHANGED,
    SCHOOL_CREATED,
    INPUTS_SAVED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    PLUGINS_CHANGED
}
