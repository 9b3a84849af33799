CREATE TABLE `survey_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`settings` text NOT NULL,
	`changes` text NOT NULL,
	`acknowledged_warnings` text NOT NULL,
	`published_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_versions_unique` ON `survey_versions` (`survey_id`,`version`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`engagement_id` integer,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`settings` text NOT NULL,
	`draft` text NOT NULL,
	`draft_changed` integer DEFAULT true NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_slug_unique` ON `surveys` (`slug`);--> statement-breakpoint
CREATE INDEX `surveys_org_idx` ON `surveys` (`organisation_id`);--> statement-breakpoint
CREATE TRIGGER `survey_versions_no_update` BEFORE UPDATE ON `survey_versions` BEGIN SELECT RAISE(ABORT, 'published survey versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `survey_versions_no_delete` BEFORE DELETE ON `survey_versions` BEGIN SELECT RAISE(ABORT, 'published survey versions are frozen'); END;
