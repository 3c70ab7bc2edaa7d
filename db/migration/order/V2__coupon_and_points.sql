-- An order may carry one coupon (owned by the coupon module, referenced by id only) and some points.
ALTER TABLE ordering.orders ADD coupon_id UNIQUEIDENTIFIER NULL;
ALTER TABLE ordering.orders ADD points_used BIGINT NOT NULL DEFAULT 0;
