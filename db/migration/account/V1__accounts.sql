CREATE SCHEMA account;

CREATE TABLE account.accounts (
    id            UNIQUEIDENTIFIER NOT NULL,
    username      VARCHAR(50)      NOT NULL,
    password_hash VARCHAR(200)     NOT NULL,
    roles         VARCHAR(100)     NOT NULL,
    version       BIGINT           NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT uq_accounts_username UNIQUE (username)
);
