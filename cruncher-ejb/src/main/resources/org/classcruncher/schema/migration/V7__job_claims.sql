-- The database is the solve queue, shared by every node (docs/deploy.md): a node claims a job, records itself and
-- a lease its heartbeat renews; a job whose lease ran out (its node died) is claimed again by another node. CLAIM
-- counts the claims: a finish carrying an older claim number is discarded (fencing).
ALTER TABLE SOLVE_JOB ADD COLUMN NODE_ID VARCHAR(100);
ALTER TABLE SOLVE_JOB ADD COLUMN CLAIM BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE SOLVE_JOB ADD COLUMN LEASE_UNTIL TIMESTAMP;
-- A cancel asked on any node, read by the node running the job.
ALTER TABLE SOLVE_JOB ADD COLUMN CANCEL_REQUESTED BOOLEAN DEFAULT FALSE NOT NULL;
-- What a minimal-change re-plan starts from (its reference plan and locked classes), so any node can run it.
ALTER TABLE SOLVE_JOB ADD COLUMN REPLAN_JSON TEXT;

-- The nodes of the service, each seen at its last heartbeat.
CREATE TABLE CLUSTER_NODE (
    NODE_ID VARCHAR(100) NOT NULL PRIMARY KEY,
    STARTED_AT TIMESTAMP NOT NULL,
    SEEN_AT TIMESTAMP NOT NULL
);

-- Work one node at a time does (housekeeping): held by a node until a time, taken over when that time has passed.
CREATE TABLE CLUSTER_LOCK (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    HOLDER VARCHAR(100),
    HELD_UNTIL TIMESTAMP
);
INSERT INTO CLUSTER_LOCK (NAME) VALUES ('housekeeping');
