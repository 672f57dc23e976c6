-- The team's audit log. Keep in step with migrations/postgres/0012_audit.sql.
-- Rows hold ids and non-personal detail only (stage ids, a role, an amount): names are looked up from the live
-- records when the log is read, so a deleted record or a forgotten customer leaves nothing of themselves here.

CREATE TABLE audit_event (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    -- The member who acted; NULL when nobody of the team did (a customer erasing their data).
    member_id    INTEGER,
    -- `core::audit::Action` code, and the filter group it belongs to (clients, deals, ...).
    action       TEXT NOT NULL,
    area         TEXT NOT NULL,
    record_kind  TEXT NOT NULL,
    record_id    INTEGER,
    -- The client the record belongs to (a note's, a deal's), for the name shown at read time.
    client_id    INTEGER,
    -- The typed action as JSON: ids, codes and amounts, never text a member or customer typed.
    detail       TEXT NOT NULL DEFAULT '{}'
);

-- /audit pages newest first by id within a team, optionally by member or group.
CREATE INDEX audit_event_ws_id_idx ON audit_event (workspace_id, id);
CREATE INDEX audit_event_ws_member_idx ON audit_event (workspace_id, member_id, id);
-- Pruning looks for the oldest rows across teams.
CREATE INDEX audit_event_at_idx ON audit_event (at);

-- How long a team keeps its log (days); `/audit keep N`.
ALTER TABLE workspace ADD COLUMN audit_keep_days INTEGER NOT NULL DEFAULT 365;
