-- Dispatch counts the active deliveries per rider; delivered ones pile up and must not be scanned.
CREATE INDEX ix_deliveries_active ON delivery.deliveries (status, rider_id);
