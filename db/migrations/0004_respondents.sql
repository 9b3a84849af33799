CREATE TABLE `channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`label` text NOT NULL,
	`code` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channels_code_unique` ON `channels` (`code`);--> statement-breakpoint
CREATE INDEX `channels_survey_idx` ON `channels` (`survey_id`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`survey_version_id` integer NOT NULL,
	`channel_id` integer,
	`language` text NOT NULL,
	`submitted_on` text NOT NULL,
	`answers` text NOT NULL,
	`unredacted_text` text NOT NULL,
	`danger_flag` integer DEFAULT false NOT NULL,
	`submission_key` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_submission_key_unique` ON `responses` (`submission_key`);--> statement-breakpoint
CREATE INDEX `responses_survey_idx` ON `responses` (`survey_id`,`submitted_on`);--> statement-breakpoint
CREATE INDEX `responses_org_idx` ON `responses` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `resume_drafts` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`survey_version_id` integer NOT NULL,
	`channel_id` integer,
	`language` text NOT NULL,
	`page_name` text NOT NULL,
	`answers` text NOT NULL,
	`submission_key` text NOT NULL,
	`expires_on` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resume_drafts_expiry_idx` ON `resume_drafts` (`expires_on`);--> statement-breakpoint
CREATE INDEX `resume_drafts_survey_idx` ON `resume_drafts` (`survey_id`);--> statement-breakpoint
CREATE TABLE `support_services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_cy` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`description_cy` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`hours` text DEFAULT '' NOT NULL,
	`hours_cy` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `support_services_org_idx` ON `support_services` (`organisation_id`,`position`);