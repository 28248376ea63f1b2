-- One step at a time per deployment target across every node sharing the database: a row is the
-- target's lock, leased by one step on one node. The holder renews the lease while the step runs;
-- a lock whose lease ran out (its node died) may be taken over by anyone.
CREATE TABLE target_locks (
    target_id   VARCHAR(100) PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    node_name   VARCHAR(200) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
