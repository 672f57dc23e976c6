-- Pocket CRM schema (Postgres). Keep in step with migrations/sqlite/0001_init.sql.
-- Timestamps are always bound from Rust (UTC); the defaults are only a fallback.

CREATE TABLE member (
    id                BIGSERIAL PRIMARY KEY,
    tg_user_id        BIGINT NOT NULL UNIQUE,
    display_name      TEXT NOT NULL,
    locale            TEXT NOT NULL,
    tz                TEXT NOT NULL,
    -- NULL until /start has created a workspace; FK added below (the two tables reference each other).
    workspace_id      BIGINT,
    -- FK added below, after client exists.
    focus_client_id   BIGINT,
    remind_before_min INTEGER NOT NULL DEFAULT 30,
    dialog            TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE workspace (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT NOT NULL,
    owner_member_id BIGINT NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE member
    ADD CONSTRAINT member_workspace_fk
    FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE SET NULL;

CREATE TABLE client (
    id              BIGSERIAL PRIMARY KEY,
    workspace_id    BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    -- parse::fold of the name: what duplicate detection compares.
    name_folded     TEXT NOT NULL DEFAULT '',
    -- lists joined by '\n'
    phones          TEXT NOT NULL DEFAULT '',
    emails          TEXT NOT NULL DEFAULT '',
    company         TEXT,
    tags            TEXT NOT NULL DEFAULT '',
    source          TEXT,
    owner_member_id BIGINT NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    search_text     TEXT NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- target of the (workspace_id, client_id) foreign keys below: a row never points into another workspace
    UNIQUE (workspace_id, id)
);

CREATE INDEX client_ws_updated_idx ON client (workspace_id, updated_at DESC, id DESC);
CREATE INDEX client_ws_created_idx ON client (workspace_id, created_at DESC, id DESC);
CREATE INDEX client_ws_name_folded_idx ON client (workspace_id, name_folded);

ALTER TABLE member
    ADD CONSTRAINT member_focus_client_fk
    FOREIGN KEY (focus_client_id) REFERENCES client (id) ON DELETE SET NULL;

CREATE TABLE activity (
    id               BIGSERIAL PRIMARY KEY,
    workspace_id     BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id        BIGINT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'note', 'message')),
    happens_at       TIMESTAMPTZ NOT NULL,
    done             BOOLEAN NOT NULL DEFAULT FALSE,
    summary          TEXT NOT NULL DEFAULT '',
    outcome          TEXT,
    author_member_id BIGINT NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX activity_ws_client_happens_idx ON activity (workspace_id, client_id, happens_at DESC);
CREATE INDEX activity_ws_author_happens_idx ON activity (workspace_id, author_member_id, happens_at);

CREATE TABLE reminder (
    id              BIGSERIAL PRIMARY KEY,
    workspace_id    BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id       BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    client_id       BIGINT,
    activity_id     BIGINT REFERENCES activity (id) ON DELETE SET NULL,
    text            TEXT NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'done', 'cancelled', 'interrupted')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    claimed_by      TEXT,
    claimed_at      TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX reminder_state_next_idx ON reminder (state, next_attempt_at);
CREATE INDEX reminder_ws_member_due_idx ON reminder (workspace_id, member_id, due_at);
CREATE INDEX reminder_client_due_idx ON reminder (client_id, due_at);

CREATE TABLE processed_update (
    update_id BIGINT PRIMARY KEY,
    seen_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX processed_update_seen_idx ON processed_update (seen_at);
