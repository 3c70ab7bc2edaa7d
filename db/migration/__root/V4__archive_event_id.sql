-- The archive keeps which event each completed publication carried, so that a listener run of an event published
-- again can tell that the listener applied it already under another publication (ArchiveInOneStatement).
ALTER TABLE event_publication_archive ADD event_id VARCHAR(36) NULL;
CREATE INDEX ix_event_publication_archive_event ON event_publication_archive (event_id, listener_id);
