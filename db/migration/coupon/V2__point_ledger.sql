CREATE TABLE coupon.point_balances (
    customer_id UNIQUEIDENTIFIER NOT NULL,
    balance     BIGINT           NOT NULL,
    CONSTRAINT pk_point_balances PRIMARY KEY (customer_id),
    CONSTRAINT ck_point_balances_never_negative CHECK (balance >= 0)
);

CREATE TABLE coupon.point_entries (
    id             UNIQUEIDENTIFIER NOT NULL,
    customer_id    UNIQUEIDENTIFIER NOT NULL,
    order_id       UNIQUEIDENTIFIER NOT NULL,
    kind           VARCHAR(10)      NOT NULL,
    amount         BIGINT           NOT NULL,
    cause_event_id UNIQUEIDENTIFIER NOT NULL,
    created_at     DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_point_entries PRIMARY KEY (id),
    -- Each kind happens once per order: a replayed event cannot earn, spend or give back twice.
    CONSTRAINT uq_point_entries_order UNIQUE (order_id, kind)
);
CREATE INDEX ix_point_entries_customer ON coupon.point_entries (customer_id, created_at);

CREATE INDEX ix_coupons_order ON coupon.coupons (order_id);
