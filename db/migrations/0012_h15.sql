PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_invite` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`top_location_id` integer,
	`student_id` integer,
	`token_hash` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`top_location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_invite`("id", "partnership_id", "email", "name", "role", "top_location_id", "student_id", "token_hash", "created_by", "created_at", "expires_at", "accepted_at") SELECT "id", "partnership_id", "email", "name", "role", "top_location_id", "student_id", "token_hash", "created_by", "created_at", "expires_at", "accepted_at" FROM `invite`;--> statement-breakpoint
DROP TABLE `invite`;--> statement-breakpoint
ALTER TABLE `__new_invite` RENAME TO `invite`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `invite_token_hash_unique` ON `invite` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invite_partnership` ON `invite` (`partnership_id`);--> statement-breakpoint
ALTER TABLE `membership` ADD `blocked_at` integer;--> statement-breakpoint
ALTER TABLE `membership` ADD `sessions_ended_at` integer;