CREATE TABLE `invitation_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`min_delay_days` integer NOT NULL,
	`max_delay_days` integer NOT NULL,
	`weekends` integer DEFAULT false NOT NULL,
	`report` text NOT NULL,
	`invited` integer DEFAULT 0 NOT NULL,
	`answered` integer DEFAULT 0 NOT NULL,
	`reminded` integer DEFAULT 0 NOT NULL,
	`created_by` integer NOT NULL,
	`confirmed_by` integer,
	`confirmed_at` text,
	`approved_by` integer,
	`approved_at` text,
	`queued_at` text,
	`reminder_queued_at` text,
	`closes_at` text,
	`closed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invitation_batches_survey_idx` ON `invitation_batches` (`organisation_id`,`survey_id`);--> statement-breakpoint
CREATE TABLE `invitation_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`sealed` text,
	`contact_key` text,
	`link_hash` text,
	`reminder_link_hash` text,
	`answered` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `invitation_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invitation_contacts_batch_idx` ON `invitation_contacts` (`batch_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_contacts_link_unique` ON `invitation_contacts` (`link_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_contacts_reminder_link_unique` ON `invitation_contacts` (`reminder_link_hash`);--> statement-breakpoint
CREATE TABLE `invitation_settings` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`mapping` text,
	`approval_threshold` integer DEFAULT 500 NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
