-- Token buckets that slow password guessing, one per username and one per client address (Bucket4j's state), shared
-- by every instance; a row whose bucket has refilled is of no use any more and is deleted after expires_at.
CREATE TABLE account.sign_in_limits (
    id         VARCHAR(120)    NOT NULL,
    state      VARBINARY(1000) NULL,
    expires_at BIGINT          NULL,
    CONSTRAINT pk_sign_in_limits PRIMARY KEY (id)
);

CREATE INDEX ix_sign_in_limits_expiry ON account.sign_in_limits (expires_at);
