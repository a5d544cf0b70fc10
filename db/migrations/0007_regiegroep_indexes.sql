-- Indexes for the regiegroep dashboard (issue 6), which reads the placement tables directly in its own
-- read-only aggregation. Both are covering indexes: the dashboard counts 10,000 participants of a round
-- without reading their (wide) rows with stored explanations. Declared here, not in the placements
-- schema files, because they serve the dashboard; drizzle-kit never drops what it does not know.
CREATE INDEX IF NOT EXISTS `placement_participant_round_active` ON `placement_participant` (`round_id`, `withdrawn_at`, `student_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `placement_preference_rank` ON `placement_preference` (`participant_id`, `round_location_id`, `rank`);
