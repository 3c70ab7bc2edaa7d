-- Inbox of the idempotent-listener mechanism: one row per (listener, event) that was applied.
-- Scripts are written in SQL Server's dialect, which H2 accepts in MSSQLServer mode.
CREATE TABLE processed_event (
    listener_id  VARCHAR(255)     NOT NULL,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    processed_at DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_processed_event PRIMARY KEY (listener_id, event_id)
);
CREATE INDEX ix_processed_event_processed_at ON processed_event (processed_at);
