CREATE TABLE `placement_assignment` (
	`participant_id` integer PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`round_location_id` integer NOT NULL,
	`supervisor_id` integer,
	`days` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `placement_participant`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `placement_round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_location_id`) REFERENCES `placement_round_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_id`) REFERENCES `placement_supervisor`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_assignment_round` ON `placement_assignment` (`round_id`);--> statement-breakpoint
CREATE INDEX `placement_assignment_location` ON `placement_assignment` (`round_location_id`);--> statement-breakpoint
CREATE TABLE `placement_participant` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`available_days` text NOT NULL,
	`days_needed` integer NOT NULL,
	`max_distance_km` real,
	`withdrawn_at` integer,
	`explanation` text,
	FOREIGN KEY (`round_id`) REFERENCES `placement_round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_participant_unique` ON `placement_participant` (`round_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `placement_participant_student` ON `placement_participant` (`student_id`);--> statement-breakpoint
CREATE TABLE `placement_preference` (
	`participant_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`round_location_id` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `rank`),
	FOREIGN KEY (`participant_id`) REFERENCES `placement_participant`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_location_id`) REFERENCES `placement_round_location`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_preference_unique` ON `placement_preference` (`participant_id`,`round_location_id`);--> statement-breakpoint
CREATE INDEX `placement_preference_location` ON `placement_preference` (`round_location_id`);--> statement-breakpoint
CREATE TABLE `placement_priority` (
	`round_location_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`grade` integer NOT NULL,
	PRIMARY KEY(`round_location_id`, `participant_id`),
	FOREIGN KEY (`round_location_id`) REFERENCES `placement_round_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `placement_participant`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_priority_participant` ON `placement_priority` (`participant_id`);--> statement-breakpoint
CREATE TABLE `placement_round_location` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`capacity` integer NOT NULL,
	`open_days` text NOT NULL,
	`programme_capacity` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `placement_round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_round_location_unique` ON `placement_round_location` (`round_id`,`location_id`);--> statement-breakpoint
CREATE INDEX `placement_round_location_location` ON `placement_round_location` (`location_id`);--> statement-breakpoint
CREATE TABLE `placement_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`school_year_id` integer NOT NULL,
	`period_id` integer,
	`name` text NOT NULL,
	`objective` text NOT NULL,
	`status` text NOT NULL,
	`student_entry_open` integer DEFAULT false NOT NULL,
	`inputs_revision` integer DEFAULT 0 NOT NULL,
	`result_revision` integer,
	`published_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_year_id`) REFERENCES `school_year`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `period`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_round_partnership` ON `placement_round` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `placement_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`stage` text NOT NULL,
	`inputs_revision` integer NOT NULL,
	`change` text,
	`result` text,
	`error` text,
	`decision` text,
	`decided_by` integer,
	`decided_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`round_id`) REFERENCES `placement_round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_run_round` ON `placement_run` (`round_id`);--> statement-breakpoint
CREATE TABLE `placement_supervisor` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_location_id` integer NOT NULL,
	`user_id` integer,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`programme_ids` text NOT NULL,
	FOREIGN KEY (`round_location_id`) REFERENCES `placement_round_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_supervisor_location` ON `placement_supervisor` (`round_location_id`);