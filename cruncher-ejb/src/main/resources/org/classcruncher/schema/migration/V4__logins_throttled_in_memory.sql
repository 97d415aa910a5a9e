-- Failed logins are counted in memory per client address (LoginThrottle), no longer in the account's row.
ALTER TABLE ACCOUNT DROP COLUMN FAILED_LOGINS;
ALTER TABLE ACCOUNT DROP COLUMN LOCKED_UNTIL;
