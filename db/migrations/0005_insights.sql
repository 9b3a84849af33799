CREATE TABLE `answer_facts` (
	`response_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_facts_survey_question_idx` ON `answer_facts` (`survey_id`,`question_key`,`value`,`response_id`);--> statement-breakpoint
CREATE INDEX `answer_facts_response_idx` ON `answer_facts` (`response_id`);--> statement-breakpoint
CREATE TABLE `coding_sample_items` (
	`sample_id` integer NOT NULL,
	`response_id` integer NOT NULL,
	PRIMARY KEY(`sample_id`, `response_id`),
	FOREIGN KEY (`sample_id`) REFERENCES `coding_samples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `coding_samples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`answer_key` text NOT NULL,
	`requested_by` integer NOT NULL,
	`coder_user_id` integer NOT NULL,
	`completed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `codings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`response_id` integer NOT NULL,
	`answer_key` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`coder_user_id` integer,
	`sample_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `codings_theme_idx` ON `codings` (`theme_id`);--> statement-breakpoint
CREATE INDEX `codings_response_idx` ON `codings` (`response_id`,`answer_key`);--> statement-breakpoint
CREATE INDEX `codings_sample_idx` ON `codings` (`sample_id`);--> statement-breakpoint
CREATE TABLE `suggestion_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`answer_key` text NOT NULL,
	`signature` text NOT NULL,
	`dismissed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestion_dismissals_unique` ON `suggestion_dismissals` (`survey_id`,`answer_key`,`signature`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`engagement_id` integer,
	`survey_id` integer,
	`parent_id` integer,
	`name` text NOT NULL,
	`name_cy` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`description_cy` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `themes_engagement_idx` ON `themes` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `themes_survey_idx` ON `themes` (`survey_id`);