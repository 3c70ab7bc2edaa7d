-- Every instance follows the timeline by time to stream status changes to the browsers connected to it.
CREATE INDEX ix_order_history_changed_at ON ordering.order_history (changed_at);
