-- The digest counts yesterday's meetings, calls and notes per member: an index that holds every column the
-- count reads answers it from the index alone (no row lookups), however many activities a team has.
CREATE INDEX activity_ws_happens_cover_idx ON activity (workspace_id, happens_at, author_member_id, kind, done);
