-- The purge deletes by the time a job finished.
CREATE INDEX SOLVE_JOB_FINISHED ON SOLVE_JOB (FINISHED_AT);
