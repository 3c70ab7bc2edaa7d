-- What each closed statement paid out to its shop: one row per shop and business day, so a payout asked for twice
-- (an event delivered again, another instance) is made once. The transfer's idempotency key goes to the bank too.
CREATE TABLE settlement.payouts (
    shop_id         UNIQUEIDENTIFIER NOT NULL,
    business_date   DATE             NOT NULL,
    amount          BIGINT           NOT NULL,
    status          VARCHAR(20)      NOT NULL,
    idempotency_key UNIQUEIDENTIFIER NOT NULL,
    reference       VARCHAR(64)      NULL,
    requested_at    DATETIME2(6)     NOT NULL,
    paid_at         DATETIME2(6)     NULL,
    CONSTRAINT pk_payouts PRIMARY KEY (shop_id, business_date)
);

-- The sandbox bank's own book of transfers (stands in for the bank in development and tests): a transfer sent again
-- with the same idempotency key returns the first one.
CREATE TABLE settlement.sandbox_transfers (
    idempotency_key UNIQUEIDENTIFIER NOT NULL,
    shop_id         UNIQUEIDENTIFIER NOT NULL,
    amount          BIGINT           NOT NULL,
    reference       VARCHAR(64)      NOT NULL,
    transferred_at  DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_sandbox_transfers PRIMARY KEY (idempotency_key)
);
