CREATE TABLE `privacy_retention` (
	`partnership_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`partnership_id`, `kind`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
