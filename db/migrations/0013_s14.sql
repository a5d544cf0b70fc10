-- Dutch word forms in search (issue 14, decision 081). knowledge_fts gets a third text column, `stems`: the
-- Snowball-Dutch stems of the title and body (shared/domain/search-text.ts), computed by the SQL function
-- dutch_stems() that openDb registers on every connection. A query matches a word by the typed prefix in
-- title/body, or by its stem in `stems`. FTS5 cannot add a column, so the table and its triggers are made
-- again and every existing row is indexed anew (the rowid scheme of 0004 is kept).
DROP TRIGGER `knowledge_fts_principle_insert`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_principle_update`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_principle_delete`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_entry_insert`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_entry_update`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_entry_delete`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_post_insert`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_post_update`;--> statement-breakpoint
DROP TRIGGER `knowledge_fts_post_delete`;--> statement-breakpoint
DROP TABLE `knowledge_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `knowledge_fts` USING fts5(
	partnership_id UNINDEXED,
	title,
	body,
	stems,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_insert` AFTER INSERT ON `knowledge_principle`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
  VALUES (new.id * 4 + 1, new.partnership_id, new.statement, new.explanation, dutch_stems(new.statement, new.explanation));
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_update` AFTER UPDATE OF statement, explanation ON `knowledge_principle`
BEGIN
  UPDATE knowledge_fts SET title = new.statement, body = new.explanation, stems = dutch_stems(new.statement, new.explanation)
  WHERE rowid = new.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_principle_delete` AFTER DELETE ON `knowledge_principle`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_insert` AFTER INSERT ON `knowledge_entry`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
  VALUES (new.id * 4 + 2, new.partnership_id, new.title, new.description, dutch_stems(new.title, new.description));
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_update` AFTER UPDATE OF title, description ON `knowledge_entry`
BEGIN
  UPDATE knowledge_fts SET title = new.title, body = new.description, stems = dutch_stems(new.title, new.description)
  WHERE rowid = new.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_entry_delete` AFTER DELETE ON `knowledge_entry`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_insert` AFTER INSERT ON `knowledge_post`
BEGIN
  INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
  VALUES (new.id * 4 + 3, (SELECT partnership_id FROM knowledge_entry WHERE id = new.entry_id), '', new.body, dutch_stems(new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_update` AFTER UPDATE OF body ON `knowledge_post`
BEGIN
  UPDATE knowledge_fts SET body = new.body, stems = dutch_stems(new.body) WHERE rowid = new.id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_post_delete` AFTER DELETE ON `knowledge_post`
BEGIN
  DELETE FROM knowledge_fts WHERE rowid = old.id * 4 + 3;
END;
--> statement-breakpoint
INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
SELECT id * 4 + 1, partnership_id, statement, explanation, dutch_stems(statement, explanation) FROM knowledge_principle;
--> statement-breakpoint
INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
SELECT id * 4 + 2, partnership_id, title, description, dutch_stems(title, description) FROM knowledge_entry;
--> statement-breakpoint
INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems)
SELECT p.id * 4 + 3, e.partnership_id, '', p.body, dutch_stems(p.body) FROM knowledge_post p JOIN knowledge_entry e ON e.id = p.entry_id;
--> statement-breakpoint
-- Signals and regiegroep decisions are searched the same way (issue 14): one table each, rowid = the
-- record's id, kept by triggers; who may see which rows stays with the features' own queries.
CREATE VIRTUAL TABLE `mentor_signal_fts` USING fts5(
	partnership_id UNINDEXED,
	title,
	body,
	stems,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
CREATE TRIGGER `mentor_signal_fts_insert` AFTER INSERT ON `mentor_signal`
BEGIN
  INSERT INTO mentor_signal_fts(rowid, partnership_id, title, body, stems)
  VALUES (new.id, new.partnership_id, new.title, new.description, dutch_stems(new.title, new.description));
END;
--> statement-breakpoint
CREATE TRIGGER `mentor_signal_fts_update` AFTER UPDATE OF title, description ON `mentor_signal`
BEGIN
  UPDATE mentor_signal_fts SET title = new.title, body = new.description, stems = dutch_stems(new.title, new.description)
  WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentor_signal_fts_delete` AFTER DELETE ON `mentor_signal`
BEGIN
  DELETE FROM mentor_signal_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `regiegroep_decision_fts` USING fts5(
	partnership_id UNINDEXED,
	title,
	body,
	stems,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
CREATE TRIGGER `regiegroep_decision_fts_insert` AFTER INSERT ON `regiegroep_decision`
BEGIN
  INSERT INTO regiegroep_decision_fts(rowid, partnership_id, title, body, stems)
  VALUES (new.id, new.partnership_id, '', new.text, dutch_stems(new.text));
END;
--> statement-breakpoint
CREATE TRIGGER `regiegroep_decision_fts_update` AFTER UPDATE OF text ON `regiegroep_decision`
BEGIN
  UPDATE regiegroep_decision_fts SET body = new.text, stems = dutch_stems(new.text) WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `regiegroep_decision_fts_delete` AFTER DELETE ON `regiegroep_decision`
BEGIN
  DELETE FROM regiegroep_decision_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO mentor_signal_fts(rowid, partnership_id, title, body, stems)
SELECT id, partnership_id, title, description, dutch_stems(title, description) FROM mentor_signal;
--> statement-breakpoint
INSERT INTO regiegroep_decision_fts(rowid, partnership_id, title, body, stems)
SELECT id, partnership_id, '', text, dutch_stems(text) FROM regiegroep_decision;
