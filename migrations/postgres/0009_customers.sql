-- Customers, segments, campaigns and their deliveries. Keep in step with migrations/sqlite/0009_customers.sql.
--
-- A customer is a client with a Telegram chat: opting in links a Telegram user to a client row of the team.
-- Only `promo_state = 'subscribed'` clients can ever receive a promotion.

ALTER TABLE client ADD COLUMN tg_user_id BIGINT;
-- The customer's language for promotions (NULL: the team's default).
ALTER TABLE client ADD COLUMN lang TEXT;
-- IANA zone for birthday greetings (NULL: the team owner's zone).
ALTER TABLE client ADD COLUMN tz TEXT;
ALTER TABLE client ADD COLUMN birth_month INTEGER CHECK (birth_month BETWEEN 1 AND 12);
ALTER TABLE client ADD COLUMN birth_day INTEGER CHECK (birth_day BETWEEN 1 AND 31);
ALTER TABLE client ADD COLUMN birth_year INTEGER;
-- none: never opted in; stopped: /stop or Unsubscribe; blocked: Telegram answered 403 (the customer blocked the bot).
ALTER TABLE client ADD COLUMN promo_state TEXT NOT NULL DEFAULT 'none'
    CHECK (promo_state IN ('none', 'subscribed', 'stopped', 'blocked'));
ALTER TABLE client ADD COLUMN promo_since TIMESTAMPTZ;
-- One client per Telegram user in a team.
CREATE UNIQUE INDEX client_ws_tg_idx ON client (workspace_id, tg_user_id) WHERE tg_user_id IS NOT NULL;
CREATE INDEX client_tg_idx ON client (tg_user_id) WHERE tg_user_id IS NOT NULL;
CREATE INDEX client_ws_promo_idx ON client (workspace_id, promo_state);

-- Team settings for promotions.
ALTER TABLE workspace ADD COLUMN promo_cap_week INTEGER NOT NULL DEFAULT 2 CHECK (promo_cap_week BETWEEN 0 AND 100);
-- Broadcasts may use allow_paid_broadcast (up to 1,000 messages a second, paid in Stars).
ALTER TABLE workspace ADD COLUMN paid_broadcast BOOLEAN NOT NULL DEFAULT FALSE;
-- The team's birthday greeting in its own words (NULL: no greetings) and its code: none, unique or a percent.
ALTER TABLE workspace ADD COLUMN birthday_text TEXT;
ALTER TABLE workspace ADD COLUMN birthday_code TEXT NOT NULL DEFAULT 'none';

-- Opt-in deep links: the team's own (client_id NULL) and personal ones that land on one client's record.
CREATE TABLE optin_link (
    code          TEXT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id     BIGINT REFERENCES client (id) ON DELETE CASCADE,
    created_by    BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX optin_link_ws_idx ON optin_link (workspace_id, client_id);

-- Every change of consent, as proof: who (client; NULL once forgotten), what, under which text version, via which link.
CREATE TABLE consent (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id     BIGINT REFERENCES client (id) ON DELETE SET NULL,
    action        TEXT NOT NULL CHECK (action IN ('optin', 'stop', 'resume', 'block', 'forget')),
    text_version  TEXT NOT NULL,
    link_code     TEXT,
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX consent_ws_client_idx ON consent (workspace_id, client_id, at);

-- After /forget only this remains: a keyed hash of the Telegram user id, so the team never writes to them again
-- unless they opt in anew.
CREATE TABLE do_not_contact (
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    subject_hash  TEXT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, subject_hash)
);

-- Saved filters over a team's clients; `filter` is JSON (core::segments::Filter).
CREATE TABLE segment (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    filter        TEXT NOT NULL,
    created_by    BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (workspace_id, name)
);

-- A promotion, a birthday greeting (one per team and year) or a follow-up of another campaign.
CREATE TABLE campaign (
    id                  BIGSERIAL PRIMARY KEY,
    workspace_id        BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    created_by          BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'promo' CHECK (kind IN ('promo', 'birthday', 'followup')),
    name                TEXT NOT NULL DEFAULT '',
    -- The segment's filter as it was when the campaign started (JSON); NULL for birthdays and follow-ups.
    filter              TEXT,
    segment_id          BIGINT REFERENCES segment (id) ON DELETE SET NULL,
    -- JSON object {lang: text}, the team's own words; `default_lang` is used for any other language.
    texts               TEXT NOT NULL DEFAULT '{}',
    default_lang        TEXT NOT NULL,
    photo_file_id       TEXT,
    link_url            TEXT,
    link_label          TEXT,
    code_kind           TEXT NOT NULL DEFAULT 'none' CHECK (code_kind IN ('none', 'shared', 'unique', 'percent')),
    -- The shared code, or the percent for personal discounts.
    code_value          TEXT,
    state               TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'scheduled', 'sending', 'paused', 'done', 'cancelled')),
    send_at             TIMESTAMPTZ,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    -- Where the sender's progress message is (their chat and its message id), edited as the campaign goes.
    progress_chat       BIGINT,
    progress_message_id BIGINT,
    progress_at         TIMESTAMPTZ,
    parent_id           BIGINT REFERENCES campaign (id) ON DELETE CASCADE,
    followup_days       INTEGER,
    -- Birthdays: the year this campaign greets (one campaign per team and year).
    year                INTEGER,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX campaign_ws_idx ON campaign (workspace_id, created_at DESC);
CREATE INDEX campaign_state_idx ON campaign (state, send_at);
CREATE UNIQUE INDEX campaign_birthday_idx ON campaign (workspace_id, year) WHERE kind = 'birthday';
CREATE UNIQUE INDEX campaign_followup_idx ON campaign (parent_id) WHERE kind = 'followup';

-- One row per (campaign, customer): claimed before the send, recorded after, so no one gets a campaign twice.
--   pending → sending (this instance is sending it now) → sent | failed | blocked
--   held: the weekly cap kept it back; cancelled: the campaign was cancelled before it was sent;
--   unconfirmed: the process died between the send and its record (not sent again: never twice).
CREATE TABLE delivery (
    id              BIGSERIAL PRIMARY KEY,
    campaign_id     BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    workspace_id    BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    client_id       BIGINT REFERENCES client (id) ON DELETE SET NULL,
    -- NULL once the customer is forgotten.
    tg_user_id      BIGINT,
    lang            TEXT NOT NULL,
    code            TEXT,
    state           TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'held', 'cancelled', 'unconfirmed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    claimed_by      TEXT,
    claimed_at      TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    message_id      BIGINT,
    error           TEXT,
    pressed_at      TIMESTAMPTZ,
    redeemed_at     TIMESTAMPTZ,
    unsubscribed_at TIMESTAMPTZ,
    UNIQUE (campaign_id, client_id)
);
CREATE INDEX delivery_due_idx ON delivery (campaign_id, next_attempt_at) WHERE state = 'pending';
CREATE INDEX delivery_sending_idx ON delivery (state, claimed_at) WHERE state = 'sending';
CREATE INDEX delivery_client_sent_idx ON delivery (client_id, sent_at);
CREATE UNIQUE INDEX delivery_code_idx ON delivery (workspace_id, code) WHERE code IS NOT NULL;

-- A code marked redeemed by a salesperson (`/redeem CODE`): once per customer.
CREATE TABLE redemption (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    client_id     BIGINT REFERENCES client (id) ON DELETE SET NULL,
    campaign_id   BIGINT REFERENCES campaign (id) ON DELETE SET NULL,
    member_id     BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    at            TIMESTAMPTZ NOT NULL,
    UNIQUE (workspace_id, code, client_id)
);
CREATE INDEX redemption_campaign_idx ON redemption (campaign_id);

-- Instances that send campaigns say they are alive; a `sending` delivery whose claimant stopped beating is
-- resolved at once (as unconfirmed) instead of after a long lease.
CREATE TABLE sender_beat (
    instance  TEXT PRIMARY KEY,
    beat_at   TIMESTAMPTZ NOT NULL
);
