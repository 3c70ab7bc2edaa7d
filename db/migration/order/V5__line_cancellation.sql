-- A line the shop cancelled on its own keeps its place with the reason; it no longer counts in the order's amounts.
ALTER TABLE ordering.order_lines ADD cancel_reason NVARCHAR(200) NULL;
