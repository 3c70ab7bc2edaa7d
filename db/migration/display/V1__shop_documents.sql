CREATE SCHEMA display;

-- The display's durable copy of its read model: one JSON document per shop, loaded into memory at start-up.
CREATE TABLE display.shop_documents (
    shop_id  UNIQUEIDENTIFIER NOT NULL,
    revision BIGINT           NOT NULL,
    document NVARCHAR(MAX)    NOT NULL,
    CONSTRAINT pk_shop_documents PRIMARY KEY (shop_id)
);
