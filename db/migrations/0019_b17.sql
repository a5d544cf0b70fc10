CREATE TABLE `cohort_year` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`cohort_id` integer NOT NULL,
	`school_year_id` integer NOT NULL,
	`planned_days` integer,
	`budget_hours_per_period` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohort`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_year_id`) REFERENCES `school_year`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohort_year_unique` ON `cohort_year` (`cohort_id`,`school_year_id`);--> statement-breakpoint
CREATE TABLE `school_year_rollover` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`from_school_year_id` integer NOT NULL,
	`to_school_year_id` integer NOT NULL,
	`performed_by` integer NOT NULL,
	`performed_at` integer NOT NULL,
	`performed_on` text NOT NULL,
	`undo` text NOT NULL,
	`undone_by` integer,
	`undone_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_school_year_id`) REFERENCES `school_year`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_school_year_id`) REFERENCES `school_year`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`performed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `school_year_rollover_partnership` ON `school_year_rollover` (`partnership_id`);--> statement-breakpoint
ALTER TABLE `cohort` ADD `start_school_year_id` integer REFERENCES school_year(id);--> statement-breakpoint
ALTER TABLE `cohort` ADD `programme_years` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `student` ADD `left_on` text;--> statement-breakpoint
ALTER TABLE `student` ADD `leave_reason` text;