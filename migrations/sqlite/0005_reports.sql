-- Indexes for numbers on demand (/pipeline, /stats, /sources): every report aggregates in SQL over one of these.
-- Keep in step with the other backend's 0005_reports.sql.

-- Open deals per stage and currency: answered from the index alone, in index order (no sort), one range per stage.
CREATE INDEX deal_ws_stage_cover_idx ON deal (workspace_id, stage_id, currency, owner_member_id, probability, amount_minor);
-- Deals created in a period, per currency.
CREATE INDEX deal_ws_created_cover_idx ON deal (workspace_id, created_at, currency, amount_minor, owner_member_id);
-- Deals won or lost in a period, per currency: answered from the index alone.
CREATE INDEX deal_ws_won_cover_idx ON deal (workspace_id, won_at, stage_id, currency, amount_minor, owner_member_id, created_at);
CREATE INDEX deal_ws_lost_cover_idx ON deal (workspace_id, lost_at, stage_id, currency, amount_minor, owner_member_id);
-- Stage conversion: the moves of a period, answered from the index alone.
CREATE INDEX deal_event_ws_kind_at_idx ON deal_event (workspace_id, kind, at, from_stage_id, to_stage_id, deal_id);
-- Meetings held or planned in a period, and meetings booked in a period.
CREATE INDEX activity_ws_kind_happens_idx ON activity (workspace_id, kind, happens_at);
CREATE INDEX activity_ws_kind_created_idx ON activity (workspace_id, kind, created_at);
