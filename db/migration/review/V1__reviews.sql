CREATE SCHEMA review;

-- Orders that reached their customer, learnt from OrderDelivered: who may review which shop, and until when.
CREATE TABLE review.reviewable_orders (
    order_id     UNIQUEIDENTIFIER NOT NULL,
    customer_id  UNIQUEIDENTIFIER NOT NULL,
    shop_id      UNIQUEIDENTIFIER NOT NULL,
    delivered_at DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_reviewable_orders PRIMARY KEY (order_id)
);

CREATE TABLE review.reviews (
    id          UNIQUEIDENTIFIER NOT NULL,
    order_id    UNIQUEIDENTIFIER NOT NULL,
    shop_id     UNIQUEIDENTIFIER NOT NULL,
    customer_id UNIQUEIDENTIFIER NOT NULL,
    rating      INT              NOT NULL,
    body        NVARCHAR(1000)   NOT NULL,
    reply       NVARCHAR(1000)   NULL,
    replied_at  DATETIME2(6)     NULL,
    written_at  DATETIME2(6)     NOT NULL,
    edited_at   DATETIME2(6)     NULL,
    deleted     BIT              NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT pk_reviews PRIMARY KEY (id),
    -- One review per order, ever: a deleted review stays as a tombstone.
    CONSTRAINT uq_reviews_order UNIQUE (order_id),
    CONSTRAINT ck_reviews_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_reviews_shop ON review.reviews (shop_id, deleted, written_at);
