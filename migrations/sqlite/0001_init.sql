-- Pocket CRM schema (SQLite). Keep in step with migrations/postgres/0001_init.sql.
-- Timestamps are TEXT as sqlx encodes DateTime<Utc> (RFC 3339, `+00:00`), which sorts chronologically.
-- They are always bound from Rust; the defaults are only a fallback.
-- SQLite resolves foreign keys when rows change, so member and workspace may reference each other directly.

CREATE TABLE member (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    tg_user_id        INTEGER NOT NULL UNIQUE,
    display_name      TEXT NOT NULL,
    locale            TEXT NOT NULL,
    tz                TEXT NOT NULL,
    -- NULL until /start has created a workspace.
    workspace_id      INTEGER REFERENCES workspace (id) ON DELETE SET NULL,
    focus_client_id   INTEGER REFERENCES client (id) ON DELETE SET NULL,
    remind_before_min INTEGER NOT NULL DEFAULT 30,
    dialog            TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

CREATE TABLE workspace (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL,
    owner_member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

CREATE TABLE client (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id    INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    -- parse::fold of the name: what duplicate detection compares.
    name_folded     TEXT NOT NULL DEFAULT '',
    -- lists joined by '\n'
    phones          TEXT NOT NULL DEFAULT '',
    emails          TEXT NOT NULL DEFAULT '',
    company         TEXT,
    tags            TEXT NOT NULL DEFAULT '',
    source          TEXT,
    owner_member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    search_text     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    -- target of the (workspace_id, client_id) foreign keys below: a row never points into another workspace
    UNIQUE (workspace_id, id)
);

CREATE INDEX client_ws_updated_idx ON client (workspace_id, updated_at DESC, id DESC);
CREATE INDEX client_ws_created_idx ON client (workspace_id, created_at DESC, id DESC);
CREATE INDEX client_ws_name_folded_idx ON client (workspace_id, name_folded);

CREATE TABLE activity (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id     INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id        INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'note', 'message')),
    happens_at       TEXT NOT NULL,
    done             BOOLEAN NOT NULL DEFAULT FALSE,
    summary          TEXT NOT NULL DEFAULT '',
    outcome          TEXT,
    author_member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX activity_ws_client_happens_idx ON activity (workspace_id, client_id, happens_at DESC);
CREATE INDEX activity_ws_author_happens_idx ON activity (workspace_id, author_member_id, happens_at);

CREATE TABLE reminder (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id    INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    client_id       INTEGER,
    activity_id     INTEGER REFERENCES activity (id) ON DELETE SET NULL,
    text            TEXT NOT NULL,
    due_at          TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'done', 'cancelled', 'interrupted')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    claimed_by      TEXT,
    claimed_at      TEXT,
    sent_at         TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX reminder_state_next_idx ON reminder (state, next_attempt_at);
CREATE INDEX reminder_ws_member_due_idx ON reminder (workspace_id, member_id, due_at);
CREATE INDEX reminder_client_due_idx ON reminder (client_id, due_at);

CREATE TABLE processed_update (
    update_id INTEGER PRIMARY KEY,
    seen_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
);

CREATE INDEX processed_update_seen_idx ON processed_update (seen_at);
