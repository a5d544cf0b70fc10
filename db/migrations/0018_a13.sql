ALTER TABLE `membership` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `membership` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `membership` ADD `updated_at` integer;