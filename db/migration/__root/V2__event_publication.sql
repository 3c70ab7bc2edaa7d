-- Spring Modulith's event publication registry (the transactional outbox) and its archive of completed entries.
CREATE TABLE event_publication (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       NVARCHAR(MAX) NOT NULL,
    publication_date       DATETIME2(6)  NOT NULL,
    completion_date        DATETIME2(6)  NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date DATETIME2(6)  NULL,
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion_date ON event_publication (completion_date);
CREATE INDEX ix_event_publication_status ON event_publication (status, publication_date);

CREATE TABLE event_publication_archive (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       NVARCHAR(MAX) NOT NULL,
    publication_date       DATETIME2(6)  NOT NULL,
    completion_date        DATETIME2(6)  NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date DATETIME2(6)  NULL,
    CONSTRAINT pk_event_publication_archive PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_archive_completion_date ON event_publication_archive (completion_date);
