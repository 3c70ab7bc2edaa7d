-- The name an account shows to others (a customer's name on an order, a shop owner's on a reply); existing accounts
-- show their username.
ALTER TABLE account.accounts ADD display_name NVARCHAR(50) NULL;
UPDATE account.accounts SET display_name = username WHERE display_name IS NULL;
