-- /find matches any part of a client's folded text. A trigram index answers such a substring LIKE from the
-- index instead of reading every client of the team. pg_trgm ships with PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX client_search_trgm_idx ON client USING gin (search_text gin_trgm_ops);
