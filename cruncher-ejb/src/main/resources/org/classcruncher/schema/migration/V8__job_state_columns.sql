-- A job's state in columns of its own, so that each step of its life (claimed, finished, cancelled) writes only
-- them: the result JSON is written once, when the solve finishes, and holds only what the solve produced (plans,
-- diagnosis, plugins). V9 fills the new columns of the rows already there from their result JSON.
ALTER TABLE SOLVE_JOB ADD COLUMN MESSAGE VARCHAR(4000);
ALTER TABLE SOLVE_JOB ADD COLUMN SOLVE_MILLIS BIGINT;
ALTER TABLE SOLVE_JOB ADD COLUMN PLAN_COUNT INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE SOLVE_JOB ALTER COLUMN RESULT_JSON DROP NOT NULL;
