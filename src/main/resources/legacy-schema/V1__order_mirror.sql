-- The legacy system's order table, as it reads it. Owned by the legacy system; created here only for the embedded
-- default (baedal.legacy.create-schema=true).
CREATE TABLE ORDER_MIRROR (
    ORDER_NO     UNIQUEIDENTIFIER NOT NULL,
    SHOP_NO      UNIQUEIDENTIFIER NOT NULL,
    CUST_NO      UNIQUEIDENTIFIER NOT NULL,
    ORDER_STATUS VARCHAR(20)      NOT NULL,
    TOTAL_AMT    BIGINT           NOT NULL,
    DISC_AMT     BIGINT           NOT NULL,
    PAY_AMT      BIGINT           NOT NULL,
    ORDER_VER    BIGINT           NOT NULL,
    SYNC_DT      DATETIME2(6)     NOT NULL,
    CONSTRAINT PK_ORDER_MIRROR PRIMARY KEY (ORDER_NO)
);
