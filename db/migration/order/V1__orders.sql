-- The order module's schema is "ordering": ORDER is a reserved word in SQL.
CREATE SCHEMA ordering;

CREATE TABLE ordering.orders (
    id               UNIQUEIDENTIFIER NOT NULL,
    customer_id      UNIQUEIDENTIFIER NOT NULL,
    shop_id          UNIQUEIDENTIFIER NOT NULL,
    status           VARCHAR(20)      NOT NULL,
    delivery_address NVARCHAR(200)    NOT NULL,
    lat              FLOAT            NOT NULL,
    lng              FLOAT            NOT NULL,
    delivery_fee     BIGINT           NOT NULL,
    discount_amount  BIGINT           NOT NULL,
    cancel_reason    NVARCHAR(200)    NULL,
    delivery_id      UNIQUEIDENTIFIER NULL,
    placed_at        DATETIME2(6)     NOT NULL,
    version          BIGINT           NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id)
);
CREATE INDEX ix_orders_shop ON ordering.orders (shop_id, placed_at);
CREATE INDEX ix_orders_customer ON ordering.orders (customer_id, placed_at);

CREATE TABLE ordering.order_lines (
    order_id   UNIQUEIDENTIFIER NOT NULL,
    position   INT              NOT NULL,
    menu_id    UNIQUEIDENTIFIER NOT NULL,
    name       NVARCHAR(100)    NOT NULL,
    unit_price BIGINT           NOT NULL,
    quantity   INT              NOT NULL,
    options    NVARCHAR(MAX)    NOT NULL,
    CONSTRAINT pk_order_lines PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES ordering.orders (id)
);

CREATE TABLE ordering.order_history (
    order_id UNIQUEIDENTIFIER NOT NULL,
    position INT              NOT NULL,
    status   VARCHAR(20)      NOT NULL,
    changed_at DATETIME2(6)   NOT NULL,
    CONSTRAINT pk_order_history PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_history_order FOREIGN KEY (order_id) REFERENCES ordering.orders (id)
);

CREATE TABLE ordering.idempotency_keys (
    customer_id  UNIQUEIDENTIFIER NOT NULL,
    idem_key     VARCHAR(100)     NOT NULL,
    request_hash NVARCHAR(MAX)    NOT NULL,
    order_id     UNIQUEIDENTIFIER NOT NULL,
    created_at   DATETIME2(6)     NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (customer_id, idem_key)
);
