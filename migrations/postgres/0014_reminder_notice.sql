-- Reminders cut short by a crash: the member is told once. Keep in step with migrations/sqlite/0020_reminder_notice.sql.

-- When the member was told that this `interrupted` reminder may not have reached them (NULL: not yet).
ALTER TABLE reminder ADD COLUMN notified_at TIMESTAMPTZ;

-- Interruptions from before this change were shown in the agenda only; telling about them now would be news from
-- long ago.
UPDATE reminder SET notified_at = updated_at WHERE state = 'interrupted';

-- The scheduler looks for untold interruptions every round.
CREATE INDEX reminder_untold_idx ON reminder (id) WHERE state = 'interrupted' AND notified_at IS NULL;
