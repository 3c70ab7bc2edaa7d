-- When the display was last built in full from its sources. A display database without a row was never built that
-- way (a new deployment's, or one that started empty while its consumer group resumed after the events that had
-- built it): such a display builds itself from its sources once, without an operator.
CREATE TABLE display.builds (
    completed_at DATETIME2(6) NOT NULL
);
