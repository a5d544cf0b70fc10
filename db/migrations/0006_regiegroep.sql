CREATE TABLE `regiegroep_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`decision_id` integer,
	`title` text NOT NULL,
	`owner_user_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`status` text NOT NULL,
	`done_on` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `regiegroep_meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `regiegroep_decision`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiegroep_action_partnership_status` ON `regiegroep_action` (`partnership_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `regiegroep_action_owner` ON `regiegroep_action` (`owner_user_id`);--> statement-breakpoint
CREATE INDEX `regiegroep_action_meeting` ON `regiegroep_action` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `regiegroep_agenda_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer,
	`title` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `regiegroep_meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiegroep_agenda_item_meeting` ON `regiegroep_agenda_item` (`meeting_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `regiegroep_agenda_item_ref` ON `regiegroep_agenda_item` (`meeting_id`,`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `regiegroep_decision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`agenda_item_id` integer,
	`subject_kind` text,
	`subject_id` integer,
	`text` text NOT NULL,
	`programme_id` integer,
	`programme_change` text,
	`programme_change_note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `regiegroep_meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `regiegroep_agenda_item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`programme_id`) REFERENCES `programme`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiegroep_decision_meeting` ON `regiegroep_decision` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `regiegroep_decision_subject` ON `regiegroep_decision` (`subject_kind`,`subject_id`);--> statement-breakpoint
CREATE INDEX `regiegroep_decision_partnership` ON `regiegroep_decision` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `regiegroep_meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`starts_at` text DEFAULT '' NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`minutes` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiegroep_meeting_partnership_day` ON `regiegroep_meeting` (`partnership_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `regiegroep_trend` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`title` text NOT NULL,
	`circle` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`implication` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `regiegroep_meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiegroep_trend_meeting` ON `regiegroep_trend` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `regiegroep` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`name` text NOT NULL,
	`meetings_per_year` integer NOT NULL,
	`chair_user_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chair_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regiegroep_partnership` ON `regiegroep` (`partnership_id`);