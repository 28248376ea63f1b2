-- Worker pools and workers: where steps that run "on the server" run instead of the engine's own
-- host. Each space has exactly one default pool: default_of_space holds the space id on the default
-- pool and NULL elsewhere, so the unique index allows one default per space on both databases.
CREATE TABLE worker_pools (
    id                VARCHAR(50)  PRIMARY KEY,
    space_id          VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name              VARCHAR(200) NOT NULL,
    name_lower        VARCHAR(200) NOT NULL,
    slug              VARCHAR(200) NOT NULL,
    sort_order        INTEGER      NOT NULL,
    default_of_space  VARCHAR(50),
    document          TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_worker_pools_name ON worker_pools (space_id, name_lower);
CREATE UNIQUE INDEX ux_worker_pools_slug ON worker_pools (space_id, slug);
CREATE UNIQUE INDEX ux_worker_pools_default ON worker_pools (default_of_space);
CREATE SEQUENCE seq_workerpools;

-- Workers (SSH today); the pools a worker belongs to are also rows, so "workers of pool P" is an
-- index lookup.
CREATE TABLE workers (
    id           VARCHAR(50)  PRIMARY KEY,
    space_id     VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name         VARCHAR(200) NOT NULL,
    name_lower   VARCHAR(200) NOT NULL,
    slug         VARCHAR(200) NOT NULL,
    is_disabled  BOOLEAN      NOT NULL,
    document     TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_workers_name ON workers (space_id, name_lower);
CREATE UNIQUE INDEX ux_workers_slug ON workers (space_id, slug);
CREATE SEQUENCE seq_workers;

CREATE TABLE worker_pool_members (
    worker_id       VARCHAR(50) NOT NULL REFERENCES workers (id),
    worker_pool_id  VARCHAR(50) NOT NULL REFERENCES worker_pools (id),
    PRIMARY KEY (worker_id, worker_pool_id)
);
CREATE INDEX ix_worker_pool_members_pool ON worker_pool_members (worker_pool_id);
