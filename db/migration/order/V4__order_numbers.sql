-- Every order gets a short number people can read out (B + yyMMdd + the day's sequence, e.g. B2612040001).
-- Orders stored before numbering get their id as a number, so that every order has one and each is unique.
ALTER TABLE ordering.orders ADD order_number VARCHAR(40) NULL;
UPDATE ordering.orders SET order_number = CONCAT('X', REPLACE(CAST(id AS VARCHAR(36)), '-', '')) WHERE order_number IS NULL;
ALTER TABLE ordering.orders ALTER COLUMN order_number VARCHAR(40) NOT NULL;
CREATE UNIQUE INDEX ux_orders_number ON ordering.orders (order_number);

-- How far each day's numbering has been handed out; instances take numbers in blocks, so no two hand out the same.
CREATE TABLE ordering.order_number_blocks (
    order_day     DATE   NOT NULL,
    last_reserved BIGINT NOT NULL,
    CONSTRAINT pk_order_number_blocks PRIMARY KEY (order_day)
);
