CREATE SCHEMA ad;

CREATE TABLE ad.contracts (
    id                 UNIQUEIDENTIFIER NOT NULL,
    shop_id            UNIQUEIDENTIFIER NOT NULL,
    product            VARCHAR(20)      NOT NULL,
    area               NVARCHAR(100)    NULL,
    monthly_fee        BIGINT           NOT NULL,
    commission_percent INT              NOT NULL,
    starts_at          DATETIME2(6)     NOT NULL,
    ends_at            DATETIME2(6)     NOT NULL,
    status             VARCHAR(10)      NOT NULL,
    version            BIGINT           NOT NULL,
    CONSTRAINT pk_contracts PRIMARY KEY (id)
);
CREATE INDEX ix_contracts_shop ON ad.contracts (shop_id, status);
CREATE INDEX ix_contracts_schedule ON ad.contracts (status, starts_at, ends_at);
