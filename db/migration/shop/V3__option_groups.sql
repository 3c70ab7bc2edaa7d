-- A menu's options come in groups ("Size": exactly one, "Sauce": up to three); options can sell out on their own.
CREATE TABLE shop.menu_option_groups (
    menu_id     UNIQUEIDENTIFIER NOT NULL,
    position    INT              NOT NULL,
    name        NVARCHAR(50)     NOT NULL,
    min_choices INT              NOT NULL,
    max_choices INT              NOT NULL,
    CONSTRAINT pk_menu_option_groups PRIMARY KEY (menu_id, position),
    CONSTRAINT fk_menu_option_groups_menu FOREIGN KEY (menu_id) REFERENCES shop.menus (id)
);

ALTER TABLE shop.menu_options ADD group_position INT NOT NULL DEFAULT 0;
ALTER TABLE shop.menu_options ADD sold_out BIT NOT NULL DEFAULT 0;

-- A flat list of options stored before is one optional group: any of them, or none.
INSERT INTO shop.menu_option_groups (menu_id, position, name, min_choices, max_choices)
SELECT menu_id, 0, 'Options', 0, COUNT(*) FROM shop.menu_options GROUP BY menu_id;
