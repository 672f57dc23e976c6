-- The daily digest and stale alerts: retries, "from when" a setting applies, daily stale sweeps, and the indexes
-- the digest reads by. Keep in step with migrations/postgres/0006_digest.sql.

-- When the member last changed their digest settings: a slot before it is not "missed" (setting 08:30 at 10:00
-- does not send today's digest late). NULL: never changed.
ALTER TABLE member ADD COLUMN digest_since TEXT;

-- When `/digest here` bound the team group (the same rule for the group's first slot).
ALTER TABLE workspace ADD COLUMN group_bound_at TEXT;
-- A group gets one team's digest.
CREATE UNIQUE INDEX workspace_group_chat_idx ON workspace (group_chat_id);

-- A transient failure is retried with backoff: state 'failed' with next_attempt_at set; given up when it is NULL.
ALTER TABLE digest_run ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE digest_run ADD COLUMN next_attempt_at TEXT;
CREATE INDEX digest_run_date_idx ON digest_run (local_date);
CREATE INDEX digest_run_sending_idx ON digest_run (state, claimed_at);
CREATE INDEX stale_alert_sending_idx ON stale_alert (state, claimed_at);

-- Stale alerts go out once a day per member, batched in one message, at the member's digest time: this row is
-- that day's claim (the same life as digest_run). `items` is how many subjects the message listed (0: nothing).
CREATE TABLE stale_sweep (
    workspace_id    INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    local_date      TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'interrupted')),
    items           INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    claimed_by      TEXT NOT NULL,
    claimed_at      TEXT NOT NULL,
    sent_at         TEXT,
    last_error      TEXT,
    PRIMARY KEY (member_id, local_date)
);
CREATE INDEX stale_sweep_date_idx ON stale_sweep (local_date);
CREATE INDEX stale_sweep_sending_idx ON stale_sweep (state, claimed_at);

-- The team digest reads reminders and lost deals of the whole team by time, and open deals by quiet time.
CREATE INDEX reminder_ws_due_idx ON reminder (workspace_id, due_at);
CREATE INDEX deal_ws_lost_idx ON deal (workspace_id, lost_at);
CREATE INDEX deal_ws_stage_activity_idx ON deal (workspace_id, stage_id, last_activity_at);
