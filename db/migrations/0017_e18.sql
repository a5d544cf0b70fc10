CREATE TABLE `coaching_tariff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`year` integer NOT NULL,
	`coaching_role_id` integer,
	`team_role` text,
	`user_id` integer,
	`cents_per_hour` integer NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coaching_role_id`) REFERENCES `coaching_role`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coaching_tariff_one_target" CHECK(("coaching_tariff"."coaching_role_id" IS NOT NULL) + ("coaching_tariff"."team_role" IS NOT NULL) + ("coaching_tariff"."user_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_tariff_role` ON `coaching_tariff` (`partnership_id`,`year`,`coaching_role_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_tariff_team_role` ON `coaching_tariff` (`partnership_id`,`year`,`team_role`);--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_tariff_user` ON `coaching_tariff` (`partnership_id`,`year`,`user_id`);--> statement-breakpoint
CREATE TABLE `mentor_team_cost_key` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`year` integer NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_team_cost_key_year` ON `mentor_team_cost_key` (`team_id`,`year`);--> statement-breakpoint
CREATE TABLE `mentor_team_cost_share` (
	`key_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`basis_points` integer NOT NULL,
	PRIMARY KEY(`key_id`, `organisation_id`),
	FOREIGN KEY (`key_id`) REFERENCES `mentor_team_cost_key`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
