CREATE TABLE `mentor_hour_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`date` text NOT NULL,
	`iso_year` integer NOT NULL,
	`iso_week` integer NOT NULL,
	`label` text NOT NULL,
	`minutes` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_hour_entry_team_date` ON `mentor_hour_entry` (`team_id`,`date`);--> statement-breakpoint
CREATE INDEX `mentor_hour_entry_user_date` ON `mentor_hour_entry` (`user_id`,`date`);--> statement-breakpoint
CREATE TABLE `mentor_team_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`team_role` text NOT NULL,
	`organisation_id` integer,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_team_member_unique` ON `mentor_team_member` (`team_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `mentor_team_member_user` ON `mentor_team_member` (`user_id`);--> statement-breakpoint
CREATE TABLE `mentor_team_organisation` (
	`team_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`team_id`, `organisation_id`),
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `mentor_team` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`name` text NOT NULL,
	`cohort_id` integer NOT NULL,
	`session_weekday` integer NOT NULL,
	`budget_hours_per_period` integer NOT NULL,
	`default_planned_days` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohort`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_team_partnership` ON `mentor_team` (`partnership_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_team_cohort` ON `mentor_team` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `mentor_session_attendance` (
	`log_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`attendance` text NOT NULL,
	`days_planned` integer NOT NULL,
	`days_present` integer,
	PRIMARY KEY(`log_id`, `student_id`),
	FOREIGN KEY (`log_id`) REFERENCES `mentor_session_log`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_session_attendance_student` ON `mentor_session_attendance` (`student_id`);--> statement-breakpoint
CREATE TABLE `mentor_session_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`iso_year` integer NOT NULL,
	`iso_week` integer NOT NULL,
	`session_date` text NOT NULL,
	`status` text NOT NULL,
	`expectations` text DEFAULT '' NOT NULL,
	`practice_situations` text DEFAULT '' NOT NULL,
	`lesson_material` text DEFAULT '' NOT NULL,
	`agreements` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_session_log_week` ON `mentor_session_log` (`team_id`,`iso_year`,`iso_week`);--> statement-breakpoint
CREATE INDEX `mentor_session_log_partnership` ON `mentor_session_log` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `mentor_student_note` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`author_user_id` integer NOT NULL,
	`body` text NOT NULL,
	`visible_to_student` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_student_note_student` ON `mentor_student_note` (`student_id`);--> statement-breakpoint
CREATE INDEX `mentor_student_note_team` ON `mentor_student_note` (`team_id`);--> statement-breakpoint
CREATE TABLE `student_reflection` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`iso_year` integer NOT NULL,
	`iso_week` integer NOT NULL,
	`body` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `student_reflection_week` ON `student_reflection` (`student_id`,`iso_year`,`iso_week`);--> statement-breakpoint
CREATE TABLE `mentor_signal_sighting` (
	`signal_id` integer NOT NULL,
	`iso_year` integer NOT NULL,
	`iso_week` integer NOT NULL,
	`student_count` integer NOT NULL,
	`raised_by` integer NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`signal_id`, `iso_year`, `iso_week`),
	FOREIGN KEY (`signal_id`) REFERENCES `mentor_signal`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `mentor_signal_status_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`signal_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`changed_by` integer NOT NULL,
	`changed_at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`signal_id`) REFERENCES `mentor_signal`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_signal_status_change_signal` ON `mentor_signal_status_change` (`signal_id`);--> statement-breakpoint
CREATE TABLE `mentor_signal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`match_key` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`domain` text NOT NULL,
	`competence` text NOT NULL,
	`student_count` integer NOT NULL,
	`first_seen_year` integer NOT NULL,
	`first_seen_week` integer NOT NULL,
	`last_seen_year` integer NOT NULL,
	`last_seen_week` integer NOT NULL,
	`weeks_seen` integer NOT NULL,
	`status` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `mentor_team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_signal_team_status` ON `mentor_signal` (`team_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentor_signal_partnership` ON `mentor_signal` (`partnership_id`);