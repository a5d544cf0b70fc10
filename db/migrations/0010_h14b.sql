ALTER TABLE `student_reflection` ADD `read_at` integer;--> statement-breakpoint
ALTER TABLE `student_reflection` ADD `read_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `student_reflection` ADD `answer` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `student_reflection` ADD `answered_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `student_reflection` ADD `answered_at` integer;