PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_mentor_session_attendance` (
	`log_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`attendance` text,
	`days_planned` integer NOT NULL,
	`days_present` integer,
	PRIMARY KEY(`log_id`, `student_id`),
	FOREIGN KEY (`log_id`) REFERENCES `mentor_session_log`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_mentor_session_attendance`("log_id", "student_id", "attendance", "days_planned", "days_present") SELECT "log_id", "student_id", "attendance", "days_planned", "days_present" FROM `mentor_session_attendance`;--> statement-breakpoint
DROP TABLE `mentor_session_attendance`;--> statement-breakpoint
ALTER TABLE `__new_mentor_session_attendance` RENAME TO `mentor_session_attendance`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `mentor_session_attendance_student` ON `mentor_session_attendance` (`student_id`);--> statement-breakpoint
ALTER TABLE `organisation` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisation` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `organisation` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `top_location` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `top_location` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `top_location` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `programme` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programme` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `programme` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `period` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `period` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `period` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `school_year` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `school_year` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `school_year` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `cohort` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cohort` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `cohort` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `user` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `user` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `student` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `student` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `student` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `mentor_team` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentor_team` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `mentor_team` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `mentor_session_log` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentor_student_note` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentor_student_note` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `mentor_signal` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentor_signal` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `mentor_signal` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `knowledge_adoption` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_adoption` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `knowledge_adoption` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `knowledge_category` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_category` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `knowledge_category` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `knowledge_entry` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_entry` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `knowledge_principle` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_principle` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `placement_participant` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `placement_participant` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `placement_participant` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `placement_round_location` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `placement_round_location` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `placement_round_location` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `placement_round` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `placement_round` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `placement_supervisor` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `placement_supervisor` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `placement_supervisor` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `regiegroep_action` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `regiegroep_action` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `regiegroep_agenda_item` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `regiegroep_agenda_item` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `regiegroep_agenda_item` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `regiegroep_decision` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `regiegroep_decision` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `regiegroep_meeting` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `regiegroep_meeting` ADD `updated_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `regiegroep` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `regiegroep` ADD `updated_by` integer REFERENCES user(id);