-- Scheduled work runs once across instances: each job holds its row here while it runs (ShedLock's JDBC provider).
CREATE TABLE scheduler_lock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME2(3) NOT NULL,
    locked_at  DATETIME2(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_scheduler_lock PRIMARY KEY (name)
);
