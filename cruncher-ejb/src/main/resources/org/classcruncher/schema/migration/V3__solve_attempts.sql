-- How many times a server started running a job: the poison-job guard fails a job that was running at two stops.
ALTER TABLE SOLVE_JOB ADD COLUMN ATTEMPTS INTEGER DEFAULT 0 NOT NULL;
