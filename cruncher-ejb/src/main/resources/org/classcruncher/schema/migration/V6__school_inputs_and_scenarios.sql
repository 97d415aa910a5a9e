-- A school's inputs, kept and versioned: the plan form opens with the newest version. Every solve keeps the inputs
-- it used as well (SOLVE_JOB.REQUEST_JSON); a solve submitted for a school also saves them here as a new version.
CREATE TABLE SCHOOL_INPUTS (
    SCHOOL_ID VARCHAR(64) NOT NULL,
    VERSION INTEGER NOT NULL,
    INPUTS_JSON TEXT NOT NULL,
    SAVED_AT TIMESTAMP NOT NULL,
    SAVED_BY VARCHAR(64) NOT NULL,
    SOLVE_ID VARCHAR(36),
    PRIMARY KEY (SCHOOL_ID, VERSION)
);

-- A solve may be named as a scenario ("2027 with 21 teachers") to find and compare it later.
ALTER TABLE SOLVE_JOB ADD COLUMN SCENARIO VARCHAR(200);
