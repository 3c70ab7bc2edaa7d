CREATE SCHEMA payment;

CREATE TABLE payment.payments (
    id                     UNIQUEIDENTIFIER NOT NULL,
    order_id               UNIQUEIDENTIFIER NOT NULL,
    amount                 BIGINT           NOT NULL,
    status                 VARCHAR(20)      NOT NULL,
    gateway_transaction_id VARCHAR(100)     NULL,
    failure_reason         VARCHAR(100)     NULL,
    attempts               INT              NOT NULL,
    requested_at           DATETIME2(6)     NOT NULL,
    version                BIGINT           NOT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT uq_payments_order UNIQUE (order_id)
);
CREATE INDEX ix_payments_status ON payment.payments (status, requested_at);
