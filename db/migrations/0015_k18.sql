CREATE TABLE `coach` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`coaching_role_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coaching_role_id`) REFERENCES `coaching_role`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coach_user` ON `coach` (`partnership_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `coaching_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`week_id` integer NOT NULL,
	`label_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`minutes` integer NOT NULL,
	FOREIGN KEY (`week_id`) REFERENCES `coaching_week`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_id`) REFERENCES `coaching_label`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_hours_line` ON `coaching_hours` (`week_id`,`label_id`,`location_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `coaching_label` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`share_percent` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_label_name` ON `coaching_label` (`partnership_id`,`name`);--> statement-breakpoint
CREATE TABLE `coaching_location_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`year` integer NOT NULL,
	`ve_children` integer DEFAULT 0 NOT NULL,
	`fte_pm` real DEFAULT 0 NOT NULL,
	`fixed_base_hours` real DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_location_figures_year` ON `coaching_location_figures` (`location_id`,`year`);--> statement-breakpoint
CREATE TABLE `coaching_norm` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`year` integer NOT NULL,
	`counts_fixed_base` integer DEFAULT false NOT NULL,
	`hours_per_location` real DEFAULT 0 NOT NULL,
	`hours_per_ve_child` real DEFAULT 0 NOT NULL,
	`hours_per_fte_pm` real DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_norm_year` ON `coaching_norm` (`partnership_id`,`year`);--> statement-breakpoint
CREATE TABLE `coaching_role` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_role_name` ON `coaching_role` (`partnership_id`,`name`);--> statement-breakpoint
CREATE TABLE `coaching_week` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`coach_id` integer NOT NULL,
	`iso_year` integer NOT NULL,
	`iso_week` integer NOT NULL,
	`created_at` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `coach`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coaching_week_coach` ON `coaching_week` (`coach_id`,`iso_year`,`iso_week`);--> statement-breakpoint
CREATE INDEX `coaching_week_partnership` ON `coaching_week` (`partnership_id`,`iso_year`);