-- Every instance serves the display from memory and follows this table to stay current: each stored change gets
-- the next number of display.change_clock, whose one row every writer updates last in its transaction, so the
-- numbers are handed out in commit order and an instance that read up to N has seen every change up to N.
-- A shop taken off the display keeps its row, marked removed, so that the others learn of it too.
ALTER TABLE display.shop_documents ADD change_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE display.shop_documents ADD removed BIT NOT NULL DEFAULT 0;
CREATE INDEX ix_shop_documents_change_seq ON display.shop_documents (change_seq);

CREATE TABLE display.change_clock (
    id  INT    NOT NULL,
    seq BIGINT NOT NULL,
    CONSTRAINT pk_change_clock PRIMARY KEY (id)
);
INSERT INTO display.change_clock (id, seq) VALUES (1, 0);
