-- The search index's stems made again with today's dutch_stems() (decision 081, addendum): diminutives in
-- -etje(s) after a doubled l, m, n or r or after -ng now meet their word ("balletje" → "bal"), so every
-- row's stems are computed anew, each table's the way its triggers (0013_s14) compute them.
UPDATE knowledge_fts SET stems = CASE WHEN rowid % 4 = 3 THEN dutch_stems(body) ELSE dutch_stems(title, body) END;--> statement-breakpoint
UPDATE mentor_signal_fts SET stems = dutch_stems(title, body);--> statement-breakpoint
UPDATE regiegroep_decision_fts SET stems = dutch_stems(body);
