-- Opening hours as shops keep them: several periods a day, break times, regular closed days and one-off holidays,
-- in the shop's own zone; and the delivery fee by distance (e.g. '1000:2000;2500:3000', up to meters : fee).
ALTER TABLE shop.shops ALTER COLUMN opening_hours VARCHAR(1000) NOT NULL;
ALTER TABLE shop.shops ADD breaks VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE shop.shops ADD closed_days VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE shop.shops ADD holidays VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE shop.shops ADD zone_id VARCHAR(40) NOT NULL DEFAULT 'Asia/Seoul';
ALTER TABLE shop.shops ADD delivery_fee_tiers VARCHAR(400) NOT NULL DEFAULT '';
