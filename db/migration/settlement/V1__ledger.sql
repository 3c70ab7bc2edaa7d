CREATE SCHEMA settlement;

-- Each shop's ledger, in KRW from the shop's side: sales add, commission, discounts the shop bears, refunds and
-- ad fees take away. Every entry names the event that caused it; a replayed event cannot add a second one.
CREATE TABLE settlement.entries (
    id             UNIQUEIDENTIFIER NOT NULL,
    shop_id        UNIQUEIDENTIFIER NOT NULL,
    business_date  DATE             NOT NULL,
    kind           VARCHAR(20)      NOT NULL,
    amount         BIGINT           NOT NULL,
    order_id       UNIQUEIDENTIFIER NULL,
    -- For a sale: what the customer paid for the order, checked against the captured payment.
    paid           BIGINT           NULL,
    cause_event_id UNIQUEIDENTIFIER NOT NULL,
    created_at     DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_entries PRIMARY KEY (id),
    CONSTRAINT uq_entries_cause UNIQUE (cause_event_id, kind, business_date)
);
CREATE INDEX ix_entries_shop ON settlement.entries (shop_id, business_date);

-- Money the customers paid, per order, as the payment facts reported it: the other side of the reconciliation.
CREATE TABLE settlement.payments (
    order_id      UNIQUEIDENTIFIER NOT NULL,
    shop_id       UNIQUEIDENTIFIER NOT NULL,
    captured      BIGINT           NOT NULL,
    refunded      BIGINT           NOT NULL,
    captured_on   DATE             NOT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (order_id)
);

-- Closed business days: the statement a shop is paid out on. Entries arriving later go to the next open day.
CREATE TABLE settlement.closed_days (
    shop_id       UNIQUEIDENTIFIER NOT NULL,
    business_date DATE             NOT NULL,
    payout        BIGINT           NOT NULL,
    closed_at     DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_closed_days PRIMARY KEY (shop_id, business_date)
);
