CREATE TABLE `commissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commissioner_organisation_id` integer NOT NULL,
	`service_organisation_id` integer NOT NULL,
	`state` text DEFAULT 'invited' NOT NULL,
	`invited_by` integer,
	`invited_at` text NOT NULL,
	`accepted_by` integer,
	`accepted_at` text,
	`declined_by` integer,
	`declined_at` text,
	`ended_by` integer,
	`ended_at` text,
	`ended_by_organisation_id` integer,
	`share_themes` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commissioner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`declined_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commissions_live_pair_unique` ON `commissions` (`commissioner_organisation_id`,`service_organisation_id`) WHERE state in ('invited', 'active');--> statement-breakpoint
CREATE INDEX `commissions_commissioner_idx` ON `commissions` (`commissioner_organisation_id`,`state`);--> statement-breakpoint
CREATE INDEX `commissions_service_idx` ON `commissions` (`service_organisation_id`,`state`);--> statement-breakpoint
CREATE TABLE `outcome_frameworks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_cy` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer NOT NULL,
	`published_at` text,
	`published_by` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_frameworks_version_unique` ON `outcome_frameworks` (`organisation_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_frameworks_one_draft` ON `outcome_frameworks` (`organisation_id`) WHERE status = 'draft';--> statement-breakpoint
CREATE TABLE `outcome_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`framework_id` integer NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`bank_id` text,
	`element` text NOT NULL,
	`scale` text NOT NULL,
	`improved_when` text DEFAULT 'higher' NOT NULL,
	FOREIGN KEY (`framework_id`) REFERENCES `outcome_frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_measures_key_unique` ON `outcome_measures` (`framework_id`,`key`);--> statement-breakpoint
CREATE INDEX `outcome_measures_position_idx` ON `outcome_measures` (`framework_id`,`position`);--> statement-breakpoint
CREATE TABLE `service_outcome_surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commission_id` integer NOT NULL,
	`framework_id` integer NOT NULL,
	`framework_version` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`adopted_by` integer,
	`adopted_at` text NOT NULL,
	FOREIGN KEY (`commission_id`) REFERENCES `commissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`framework_id`) REFERENCES `outcome_frameworks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`adopted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_outcome_surveys_commission_unique` ON `service_outcome_surveys` (`commission_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `service_outcome_surveys_survey_unique` ON `service_outcome_surveys` (`survey_id`);--> statement-breakpoint
CREATE INDEX `service_outcome_surveys_framework_idx` ON `service_outcome_surveys` (`framework_id`);--> statement-breakpoint
CREATE TRIGGER `outcome_framework_frozen_update` BEFORE UPDATE ON `outcome_frameworks` WHEN OLD.`status` = 'published' BEGIN SELECT RAISE(ABORT, 'a published outcome framework version is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `outcome_framework_frozen_delete` BEFORE DELETE ON `outcome_frameworks` WHEN OLD.`status` = 'published' BEGIN SELECT RAISE(ABORT, 'a published outcome framework version is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `outcome_measures_frozen_insert` BEFORE INSERT ON `outcome_measures` WHEN (SELECT `status` FROM `outcome_frameworks` WHERE `id` = NEW.`framework_id`) = 'published' BEGIN SELECT RAISE(ABORT, 'a published outcome framework version is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `outcome_measures_frozen_update` BEFORE UPDATE ON `outcome_measures` WHEN (SELECT `status` FROM `outcome_frameworks` WHERE `id` = OLD.`framework_id`) = 'published' OR (SELECT `status` FROM `outcome_frameworks` WHERE `id` = NEW.`framework_id`) = 'published' BEGIN SELECT RAISE(ABORT, 'a published outcome framework version is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `outcome_measures_frozen_delete` BEFORE DELETE ON `outcome_measures` WHEN (SELECT `status` FROM `outcome_frameworks` WHERE `id` = OLD.`framework_id`) = 'published' BEGIN SELECT RAISE(ABORT, 'a published outcome framework version is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `commissions_kept` BEFORE DELETE ON `commissions` BEGIN SELECT RAISE(ABORT, 'commissioning relationships are ended, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `commissions_ended_final` BEFORE UPDATE ON `commissions` WHEN OLD.`state` IN ('ended', 'declined') BEGIN SELECT RAISE(ABORT, 'an ended or declined relationship is kept as it was'); END;
--> statement-breakpoint
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