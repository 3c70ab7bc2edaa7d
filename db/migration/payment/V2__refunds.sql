-- Refunds in part (the shop cancelled a line) and of the rest (the order was cancelled), each under its own gateway
-- key: the key is the primary key, so a refund asked for twice is recorded, and made, once.
ALTER TABLE payment.payments ADD refunded BIGINT NOT NULL DEFAULT 0;

CREATE TABLE payment.refunds (
    refund_key  VARCHAR(100)     NOT NULL,
    payment_id  UNIQUEIDENTIFIER NOT NULL,
    amount      BIGINT           NOT NULL,
    refunded_at DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_refunds PRIMARY KEY (refund_key),
    CONSTRAINT fk_refunds_payment FOREIGN KEY (payment_id) REFERENCES payment.payments (id)
);
CREATE INDEX ix_refunds_payment ON payment.refunds (payment_id);

-- Payments refunded before refunds were recorded one by one were refunded in full.
UPDATE payment.payments SET refunded = amount WHERE status = 'REFUNDED';
