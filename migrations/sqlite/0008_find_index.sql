-- /find matches any part of a client's folded text. A trigram full-text index answers such a substring LIKE
-- from the index instead of reading every client of the team; triggers keep it in step with the client table.
CREATE VIRTUAL TABLE client_search USING fts5(search_text, content = 'client', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO client_search (rowid, search_text) SELECT id, search_text FROM client;

CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
    INSERT INTO client_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
    INSERT INTO client_search (client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER client_search_update AFTER UPDATE OF search_text ON client BEGIN
    INSERT INTO client_search (client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO client_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
