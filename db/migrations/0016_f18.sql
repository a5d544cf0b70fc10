CREATE TABLE `beroepsbeeld_profile` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`top_location_id` integer,
	`domains` text DEFAULT '[]' NOT NULL,
	`specialisations` text DEFAULT '[]' NOT NULL,
	`direction` text,
	`target_domain` text,
	`wish` text DEFAULT '' NOT NULL,
	`consented_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`top_location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `beroepsbeeld_profile_user` ON `beroepsbeeld_profile` (`partnership_id`,`user_id`);