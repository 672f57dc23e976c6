-- Teams: whose clients are whose. Keep in step with migrations/sqlite/0003_team.sql.
-- /team counts each member's clients, removing a member hands all of theirs over, and a manager without the
-- shared base searches only their own: all look clients up by owner within a team.
CREATE INDEX client_ws_owner_idx ON client (workspace_id, owner_member_id);
