CREATE SCHEMA coupon;

CREATE TABLE coupon.campaigns (
    id               UNIQUEIDENTIFIER NOT NULL,
    name             NVARCHAR(100)    NOT NULL,
    discount_amount  BIGINT           NULL,
    discount_percent INT              NULL,
    max_discount     BIGINT           NULL,
    min_order_amount BIGINT           NOT NULL,
    total_quantity   INT              NOT NULL,
    per_user_limit   INT              NOT NULL,
    opens_at         DATETIME2(6)     NULL,
    valid_from       DATETIME2(6)     NOT NULL,
    valid_until      DATETIME2(6)     NOT NULL,
    shop_id          UNIQUEIDENTIFIER NULL,
    category         VARCHAR(20)      NULL,
    bearer           VARCHAR(10)      NOT NULL,
    -- Coupons issued so far; raised only in the issuing transaction, under this row's lock.
    issued_count     INT              NOT NULL,
    created_at       DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_campaigns PRIMARY KEY (id),
    CONSTRAINT ck_campaigns_issued CHECK (issued_count BETWEEN 0 AND total_quantity)
);

CREATE TABLE coupon.coupons (
    id          UNIQUEIDENTIFIER NOT NULL,
    campaign_id UNIQUEIDENTIFIER NOT NULL,
    customer_id UNIQUEIDENTIFIER NOT NULL,
    -- The customer's n-th coupon of the campaign (1..per_user_limit): the unique key forbids a second first one.
    ordinal     INT              NOT NULL,
    status      VARCHAR(10)      NOT NULL,
    order_id    UNIQUEIDENTIFIER NULL,
    issued_at   DATETIME2(6)     NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT pk_coupons PRIMARY KEY (id),
    CONSTRAINT uq_coupons_customer UNIQUE (campaign_id, customer_id, ordinal),
    CONSTRAINT fk_coupons_campaign FOREIGN KEY (campaign_id) REFERENCES coupon.campaigns (id)
);
CREATE INDEX ix_coupons_customer ON coupon.coupons (customer_id, issued_at);
