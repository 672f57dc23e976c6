-- Segments and campaigns. Keep in step with migrations/sqlite/0011_campaigns.sql.

-- Birthday greetings look every few minutes for subscribed clients born on today's date somewhere on Earth.
CREATE INDEX client_birthday_idx ON client (birth_month, birth_day) WHERE promo_state = 'subscribed';
