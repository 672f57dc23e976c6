-- Forgetting really forgets (issue 8). Keep in step with migrations/sqlite/0013_forget_scrub.sql (which also turns
-- on FTS5 secure-delete for /find and vacuums the file; Postgres has neither to do here).

-- Customers forgotten before this version were only anonymised: renamed "—" with what the team wrote about them
-- kept. Such a row is recognised by its anonymised shape and an anonymous `forget` consent of the same team
-- recorded in the same instant (both were written with one timestamp), and is now erased as a forget would.
CREATE TEMP TABLE forgotten_client ON COMMIT DROP AS
    SELECT c.id FROM client c
    WHERE c.name = '—' AND c.name_folded = '' AND c.search_text = '' AND c.tg_user_id IS NULL
      AND c.phones = '' AND c.emails = '' AND c.promo_state = 'none'
      AND EXISTS (SELECT 1 FROM consent f WHERE f.workspace_id = c.workspace_id AND f.client_id IS NULL
                  AND f.action = 'forget' AND f.at = c.updated_at);

DELETE FROM stale_alert WHERE (subject_kind = 'client' AND subject_id IN (SELECT id FROM forgotten_client))
    OR (subject_kind = 'deal' AND subject_id IN
        (SELECT id FROM deal WHERE client_id IN (SELECT id FROM forgotten_client)));
DELETE FROM deal_event WHERE deal_id IN (SELECT id FROM deal WHERE client_id IN (SELECT id FROM forgotten_client));
DELETE FROM reminder WHERE client_id IN (SELECT id FROM forgotten_client);
DELETE FROM activity WHERE client_id IN (SELECT id FROM forgotten_client);
DELETE FROM deal WHERE client_id IN (SELECT id FROM forgotten_client);
DELETE FROM optin_link WHERE client_id IN (SELECT id FROM forgotten_client);
DELETE FROM consent WHERE client_id IN (SELECT id FROM forgotten_client);
-- Deliveries are made with the customer's Telegram id; only a forget cleared it.
DELETE FROM redemption WHERE client_id IN (SELECT id FROM forgotten_client)
    OR code IN (SELECT code FROM delivery WHERE tg_user_id IS NULL AND code IS NOT NULL);
DELETE FROM delivery WHERE tg_user_id IS NULL OR client_id IN (SELECT id FROM forgotten_client);
UPDATE member SET focus_client_id = NULL WHERE focus_client_id IN (SELECT id FROM forgotten_client);
DELETE FROM client WHERE id IN (SELECT id FROM forgotten_client);

-- A forget deletes redemptions by client: without this it reads the whole table.
CREATE INDEX redemption_client_idx ON redemption (client_id);
