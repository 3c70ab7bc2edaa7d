CREATE SCHEMA delivery;

CREATE TABLE delivery.riders (
    id            UNIQUEIDENTIFIER NOT NULL,
    registered_at DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_riders PRIMARY KEY (id)
);

CREATE TABLE delivery.deliveries (
    id          UNIQUEIDENTIFIER NOT NULL,
    order_id    UNIQUEIDENTIFIER NOT NULL,
    rider_id    UNIQUEIDENTIFIER NOT NULL,
    status      VARCHAR(20)      NOT NULL,
    assigned_at DATETIME2(6)     NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT pk_deliveries PRIMARY KEY (id),
    CONSTRAINT uq_deliveries_order UNIQUE (order_id),
    CONSTRAINT fk_deliveries_rider FOREIGN KEY (rider_id) REFERENCES delivery.riders (id)
);
CREATE INDEX ix_deliveries_rider ON delivery.deliveries (rider_id, status);
