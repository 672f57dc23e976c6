-- Customers: when each last dealt with a team, and one opt-in link per team and per client.
-- Keep in step with migrations/sqlite/0010_customers_seen.sql.

-- When the customer last did something with this team (opted in, wrote, pressed one of its buttons): a customer
-- of several teams writes to the one they dealt with last.
ALTER TABLE client ADD COLUMN customer_seen_at TIMESTAMPTZ;

-- /optin shows the same link every time: one team link per team, one personal link per client.
CREATE UNIQUE INDEX optin_link_team_idx ON optin_link (workspace_id) WHERE client_id IS NULL;
CREATE UNIQUE INDEX optin_link_client_idx ON optin_link (client_id) WHERE client_id IS NOT NULL;
