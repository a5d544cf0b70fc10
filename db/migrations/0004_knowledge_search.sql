-- Full-text search over the knowledge base (issue 5). One FTS5 table for principles, log entries and
-- thread posts. Diacritics are folded ("coördinatie" finds "coordinatie", "één" finds "een").
-- The rowid encodes what a row is: id * 4 + 1 = principle, + 2 = entry, + 3 = post; so triggers
-- update and delete by rowid (indexed) instead of scanning an UNINDEXED column.
CREATE VIRTUAL TABLE `knowledge_fts` USING fts5(
	partnership_id UNINDEXED,
	title,
	body,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_insert` AFTER INSERT ON `knowledge_principle`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body) VALUES (new.id * 4 + 1, new.partnership_id, new.statement, new.explanation);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_update` AFTER UPDATE OF statement, explanation ON `knowledge_principle`
BEGIN
  UPDATE knowledge_fts SET title = new.statement, body = new.explanation WHERE rowid = new.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_delete` AFTER DELETE ON `knowledge_principle`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_insert` AFTER INSERT ON `knowledge_entry`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body) VALUES (new.id * 4 + 2, new.partnership_id, new.title, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_update` AFTER UPDATE OF title, description ON `knowledge_entry`
BEGIN
  UPDATE knowledge_fts SET title = new.title, body = new.description WHERE rowid = new.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_delete` AFTER DELETE ON `knowledge_entry`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_insert` AFTER INSERT ON `knowledge_post`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body)
  VALUES (new.id * 4 + 3, (SELECT partnership_id FROM knowledge_entry WHERE id = new.entry_id), '', new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_update` AFTER UPDATE OF body ON `knowledge_post`
BEGIN
  UPDATE knowledge_fts SET body = new.body WHERE rowid = new.id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_delete` AFTER DELETE ON `knowledge_post`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 3;
END;
--> statement-breakpoint
-- Rows that exist before this migration (none at the time of writing) are indexed once.
INSERT INTO knowledge_fts(rowid, partnership_id, title, body) SELECT id * 4 + 1, partnership_id, statement, explanation FROM knowledge_principle;
--> statement-breakpoint
INSERT INTO knowledge_fts(rowid, partnership_id, title, body) SELECT id * 4 + 2, partnership_id, title, description FROM knowledge_entry;
--> statement-breakpoint
INSERT INTO knowledge_fts(rowid, partnership_id, title, body)
SELECT p.id * 4 + 3, e.partnership_id, '', p.body FROM knowledge_post p JOIN knowledge_entry e ON e.id = p.entry_id;
