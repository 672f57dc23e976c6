-- no-transaction
-- Forgetting really forgets (issue 8). Keep in step with migrations/postgres/0013_forget_scrub.sql.
-- Outside sqlx's transaction only for the VACUUM at the end: the changes are one transaction of their own.
BEGIN IMMEDIATE;

-- FTS5 (SQLite >= 3.42) removes a deleted row's tokens from the /find index at once, instead of keeping them in
-- its segments until a merge: the trigrams of a forgotten name do not outlive the row.
INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1);

-- Customers forgotten before this version were only anonymised: renamed "—" with what the team wrote about them
-- kept. Such a row is recognised by its anonymised shape and an anonymous `forget` consent of the same team
-- recorded in the same instant (both were written with one timestamp), and is now erased as a forget would.
CREATE TEMP TABLE forgotten_client AS
    SELECT c.id FROM client c
    WHERE c.name = '—' AND c.name_folded = '' AND c.search_text = '' AND c.tg_user_id IS NULL
      AND c.phones = '' AND c.emails = '' AND c.promo_state = 'none'
      AND EXISTS (SELECT 1 FROM consent f WHERE f.workspace_id = c.workspace_id AND f.client_id IS NULL
                  AND f.action = 'forget' AND f.at = c.updated_at);

DELETE FROM stale_alert WHERE (subject_kind = 'client' AND subject_id IN (SELECT id FROM temp.forgotten_client))
    OR (subject_kind = 'deal' AND subject_id IN
        (SELECT id FROM deal WHERE client_id IN (SELECT id FROM temp.forgotten_client)));
DELETE FROM deal_event WHERE deal_id IN (SELECT id FROM deal WHERE client_id IN (SELECT id FROM temp.forgotten_client));
DELETE FROM reminder WHERE client_id IN (SELECT id FROM temp.forgotten_client);
DELETE FROM activity WHERE client_id IN (SELECT id FROM temp.forgotten_client);
DELETE FROM deal WHERE client_id IN (SELECT id FROM temp.forgotten_client);
DELETE FROM optin_link WHERE client_id IN (SELECT id FROM temp.forgotten_client);
DELETE FROM consent WHERE client_id IN (SELECT id FROM temp.forgotten_client);
-- Deliveries are made with the customer's Telegram id; only a forget cleared it.
DELETE FROM redemption WHERE client_id IN (SELECT id FROM temp.forgotten_client)
    OR code IN (SELECT code FROM delivery WHERE tg_user_id IS NULL AND code IS NOT NULL);
DELETE FROM delivery WHERE tg_user_id IS NULL OR client_id IN (SELECT id FROM temp.forgotten_client);
UPDATE member SET focus_client_id = NULL WHERE focus_client_id IN (SELECT id FROM temp.forgotten_client);
DELETE FROM client WHERE id IN (SELECT id FROM temp.forgotten_client);
DROP TABLE temp.forgotten_client;

-- Tokens of rows deleted before secure-delete was on still sit in the index's segments: rebuild it from the
-- clients as they are.
INSERT INTO client_search (client_search) VALUES ('rebuild');

-- A forget deletes redemptions by client: without this it reads the whole table.
CREATE INDEX redemption_client_idx ON redemption (client_id);

COMMIT;

-- Rows deleted before `secure_delete` was on left their bytes in free pages: rewrite the file without them.
VACUUM;
