CREATE SCHEMA shop;

CREATE TABLE shop.shops (
    id                     UNIQUEIDENTIFIER NOT NULL,
    owner_id               UNIQUEIDENTIFIER NOT NULL,
    name                   NVARCHAR(100)    NOT NULL,
    category               VARCHAR(20)      NOT NULL,
    address                NVARCHAR(200)    NOT NULL,
    lat                    FLOAT            NOT NULL,
    lng                    FLOAT            NOT NULL,
    delivery_radius_meters INT              NOT NULL,
    min_order_amount       BIGINT           NOT NULL,
    delivery_fee           BIGINT           NOT NULL,
    opening_hours          VARCHAR(400)     NOT NULL,
    is_open                BIT              NOT NULL,
    version                BIGINT           NOT NULL,
    CONSTRAINT pk_shops PRIMARY KEY (id)
);
CREATE INDEX ix_shops_owner ON shop.shops (owner_id);

CREATE TABLE shop.menus (
    id         UNIQUEIDENTIFIER NOT NULL,
    shop_id    UNIQUEIDENTIFIER NOT NULL,
    name       NVARCHAR(100)    NOT NULL,
    price      BIGINT           NOT NULL,
    menu_group NVARCHAR(50)     NOT NULL,
    sold_out   BIT              NOT NULL,
    version    BIGINT           NOT NULL,
    CONSTRAINT pk_menus PRIMARY KEY (id),
    CONSTRAINT fk_menus_shop FOREIGN KEY (shop_id) REFERENCES shop.shops (id)
);
CREATE INDEX ix_menus_shop ON shop.menus (shop_id);

CREATE TABLE shop.menu_options (
    menu_id  UNIQUEIDENTIFIER NOT NULL,
    position INT              NOT NULL,
    name     NVARCHAR(50)     NOT NULL,
    price    BIGINT           NOT NULL,
    CONSTRAINT pk_menu_options PRIMARY KEY (menu_id, position),
    CONSTRAINT fk_menu_options_menu FOREIGN KEY (menu_id) REFERENCES shop.menus (id)
);
