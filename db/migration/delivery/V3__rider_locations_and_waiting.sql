-- Riders report where they are and whether they take deliveries; dispatch picks an available rider near the shop.
-- Riders known before reporting anything stay available, their location unknown.
ALTER TABLE delivery.riders ADD lat FLOAT NULL;
ALTER TABLE delivery.riders ADD lng FLOAT NULL;
ALTER TABLE delivery.riders ADD available BIT NOT NULL DEFAULT 1;
ALTER TABLE delivery.riders ADD reported_at DATETIME2(6) NULL;

-- When the rider is expected at the customer's door, estimated at assignment.
ALTER TABLE delivery.deliveries ADD estimated_arrival DATETIME2(6) NULL;

-- Orders no rider could take yet, oldest first; the delivery id is kept for the rider who takes it.
CREATE TABLE delivery.waiting_orders (
    order_id    UNIQUEIDENTIFIER NOT NULL,
    delivery_id UNIQUEIDENTIFIER NOT NULL,
    since       DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_waiting_orders PRIMARY KEY (order_id)
);
CREATE INDEX ix_waiting_orders_since ON delivery.waiting_orders (since);

-- Riders who declined an order are not offered it again.
CREATE TABLE delivery.declines (
    order_id    UNIQUEIDENTIFIER NOT NULL,
    rider_id    UNIQUEIDENTIFIER NOT NULL,
    declined_at DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_declines PRIMARY KEY (order_id, rider_id)
);
