CREATE TABLE `outcome_channel_stages` (
	`channel_id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`stage` text NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outcome_pair_codes` (
	`response_id` integer PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`stage` text NOT NULL,
	`pair_hash` text,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outcome_pair_codes_survey_idx` ON `outcome_pair_codes` (`survey_id`,`stage`,`pair_hash`);--> statement-breakpoint
CREATE TABLE `outcome_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`quarter` text NOT NULL,
	`figures` text NOT NULL,
	`produced_on` text NOT NULL,
	`produced_by` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`produced_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_returns_quarter_unique` ON `outcome_returns` (`organisation_id`,`quarter`);