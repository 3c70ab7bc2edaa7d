-- A shop that closed down for good cannot be opened again.
ALTER TABLE shop.shops ADD is_closed_down BIT NOT NULL DEFAULT 0;
