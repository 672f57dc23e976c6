-- Teams, roles, invites, the deal pipeline, targets, lead sources, digests and stale alerts.
-- Keep in step with migrations/sqlite/0002_teams_deals.sql.

-- Team settings.
ALTER TABLE workspace ADD COLUMN shared_base BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE workspace ADD COLUMN stale_days INTEGER NOT NULL DEFAULT 14;
-- The Telegram group where `/digest here` posts the team digest.
ALTER TABLE workspace ADD COLUMN group_chat_id BIGINT;

-- Digest settings: NULL digest_on means "by role" (owners and leads get it).
ALTER TABLE member ADD COLUMN digest_on BOOLEAN;
ALTER TABLE member ADD COLUMN digest_time TEXT NOT NULL DEFAULT '09:00';
-- ISO weekdays, Monday = 1.
ALTER TABLE member ADD COLUMN digest_days TEXT NOT NULL DEFAULT '1,2,3,4,5';

-- Who belongs to which team, in which role. member.workspace_id is the team the member works in now.
CREATE TABLE membership (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id    BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('owner', 'lead', 'manager')),
    joined_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, member_id)
);
CREATE INDEX membership_member_idx ON membership (member_id);
INSERT INTO membership (workspace_id, member_id, role, joined_at)
    SELECT id, owner_member_id, 'owner', created_at FROM workspace;

CREATE TABLE invite (
    id           BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    -- random, unguessable; what the deep link carries
    code         TEXT NOT NULL UNIQUE,
    role         TEXT NOT NULL CHECK (role IN ('lead', 'manager')),
    created_by   BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_by      BIGINT REFERENCES member (id) ON DELETE SET NULL,
    used_at      TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX invite_ws_idx ON invite (workspace_id, created_at);

-- Pipeline stages: team data. Names live in stage_name, one per language the team uses.
CREATE TABLE stage (
    id           BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    probability  INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    hidden       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (workspace_id, id)
);
CREATE INDEX stage_ws_position_idx ON stage (workspace_id, position);

CREATE TABLE stage_name (
    stage_id    BIGINT NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    -- parse::fold of the name: names must not collide within a team and language
    name_folded TEXT NOT NULL,
    PRIMARY KEY (stage_id, lang)
);

CREATE TABLE deal (
    id               BIGSERIAL PRIMARY KEY,
    workspace_id     BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id        BIGINT NOT NULL,
    title            TEXT NOT NULL,
    -- integer minor units (cents), never floats
    amount_minor     BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    stage_id         BIGINT NOT NULL,
    -- NULL: the stage's probability
    probability      INTEGER CHECK (probability BETWEEN 0 AND 100),
    expected_close   DATE,
    owner_member_id  BIGINT NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    source           TEXT,
    -- bumped on every change: a button made for an older version is not applied blindly
    version          INTEGER NOT NULL DEFAULT 1,
    won_at           TIMESTAMPTZ,
    lost_at          TIMESTAMPTZ,
    lost_reason      TEXT,
    last_activity_at TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, stage_id) REFERENCES stage (workspace_id, id) ON DELETE RESTRICT,
    UNIQUE (workspace_id, id)
);
CREATE INDEX deal_ws_stage_idx ON deal (workspace_id, stage_id);
CREATE INDEX deal_ws_owner_idx ON deal (workspace_id, owner_member_id, updated_at);
CREATE INDEX deal_ws_client_idx ON deal (workspace_id, client_id);
CREATE INDEX deal_ws_created_idx ON deal (workspace_id, created_at);
CREATE INDEX deal_ws_won_idx ON deal (workspace_id, won_at);
CREATE INDEX deal_ws_last_activity_idx ON deal (workspace_id, last_activity_at);

-- A deal's history: created, moved between stages, reassigned, amount changed.
CREATE TABLE deal_event (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    deal_id       BIGINT NOT NULL,
    member_id     BIGINT NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    at            TIMESTAMPTZ NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'reassigned', 'changed')),
    from_stage_id BIGINT,
    to_stage_id   BIGINT,
    note          TEXT,
    FOREIGN KEY (workspace_id, deal_id) REFERENCES deal (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX deal_event_ws_at_idx ON deal_event (workspace_id, at);
CREATE INDEX deal_event_deal_idx ON deal_event (deal_id, at);

ALTER TABLE activity ADD COLUMN deal_id BIGINT REFERENCES deal (id) ON DELETE SET NULL;
CREATE INDEX activity_ws_happens_idx ON activity (workspace_id, happens_at);

ALTER TABLE client ADD COLUMN last_activity_at TIMESTAMPTZ;
CREATE INDEX client_ws_last_activity_idx ON client (workspace_id, last_activity_at);
CREATE INDEX client_ws_source_idx ON client (workspace_id, source);

-- Revenue targets: member_id 0 is the whole team.
CREATE TABLE target (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id    BIGINT NOT NULL DEFAULT 0,
    period_kind  TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter')),
    period_start DATE NOT NULL,
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, member_id, period_kind, period_start, currency)
);

-- What a lead source cost in a month.
CREATE TABLE source_cost (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    -- the first day of the month
    period_start DATE NOT NULL,
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, source, period_start, currency)
);

-- One digest per member (or team group, member_id = 0 with chat_id) per local day: the primary key is the claim.
CREATE TABLE digest_run (
    workspace_id BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    member_id    BIGINT NOT NULL,
    chat_id      BIGINT NOT NULL,
    local_date   DATE NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'interrupted')),
    late         BOOLEAN NOT NULL DEFAULT FALSE,
    claimed_by   TEXT NOT NULL,
    claimed_at   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ,
    last_error   TEXT,
    PRIMARY KEY (member_id, chat_id, local_date)
);

-- A stale deal or client is pushed to its owner once per quiet spell (keyed by the last activity it had).
CREATE TABLE stale_alert (
    workspace_id     BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    subject_kind     TEXT NOT NULL CHECK (subject_kind IN ('deal', 'client')),
    subject_id       BIGINT NOT NULL,
    quiet_since      TIMESTAMPTZ NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'interrupted')),
    snoozed_until    TIMESTAMPTZ,
    claimed_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    PRIMARY KEY (subject_kind, subject_id, quiet_since)
);
