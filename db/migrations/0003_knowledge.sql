CREATE TABLE `knowledge_adoption` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`principle_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`adopted_on` text NOT NULL,
	`adaptation` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`principle_id`) REFERENCES `knowledge_principle`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_adoption_unique` ON `knowledge_adoption` (`principle_id`,`location_id`);--> statement-breakpoint
CREATE INDEX `knowledge_adoption_location` ON `knowledge_adoption` (`location_id`);--> statement-breakpoint
CREATE TABLE `knowledge_post` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `knowledge_entry`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `knowledge_post_entry` ON `knowledge_post` (`entry_id`);--> statement-breakpoint
CREATE TABLE `knowledge_entry_status_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`changed_on` text NOT NULL,
	`changed_by` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `knowledge_entry`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `knowledge_entry_status_change_entry` ON `knowledge_entry_status_change` (`entry_id`);--> statement-breakpoint
CREATE TABLE `knowledge_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`principle_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`principle_id`) REFERENCES `knowledge_principle`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_evidence_unique` ON `knowledge_evidence` (`principle_id`,`kind`,`ref_id`);--> statement-breakpoint
CREATE INDEX `knowledge_evidence_ref` ON `knowledge_evidence` (`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `knowledge_category` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_category_name` ON `knowledge_category` (`partnership_id`,`name`);--> statement-breakpoint
CREATE TABLE `knowledge_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category` text,
	`category_id` integer,
	`location_id` integer,
	`blocks` text NOT NULL,
	`involved` text NOT NULL,
	`status` text NOT NULL,
	`status_on` text NOT NULL,
	`occurred_on` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `knowledge_category`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `knowledge_entry_partnership` ON `knowledge_entry` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `knowledge_principle` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`statement` text NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`blocks` text NOT NULL,
	`found_at_location_id` integer,
	`maturity` text NOT NULL,
	`maturity_on` text NOT NULL,
	`identified_on` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnership`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`found_at_location_id`) REFERENCES `top_location`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `knowledge_principle_partnership` ON `knowledge_principle` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `knowledge_maturity_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`principle_id` integer NOT NULL,
	`from_level` text,
	`to_level` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`changed_on` text NOT NULL,
	`changed_by` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`principle_id`) REFERENCES `knowledge_principle`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `knowledge_maturity_change_principle` ON `knowledge_maturity_change` (`principle_id`);--> statement-breakpoint
CREATE TABLE `knowledge_principle_owner` (
	`principle_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`principle_id`, `user_id`),
	FOREIGN KEY (`principle_id`) REFERENCES `knowledge_principle`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
