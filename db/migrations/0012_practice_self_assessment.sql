CREATE TABLE `practice_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`assessed_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer,
	`signed_off_at` text,
	`signed_off_by` integer,
	`snapshot` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_off_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `practice_assessments_org_idx` ON `practice_assessments` (`organisation_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `practice_contributors` (
	`assessment_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `user_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `practice_assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_gap_actions` (
	`assessment_id` integer NOT NULL,
	`statement_key` text NOT NULL,
	`action_id` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `statement_key`),
	FOREIGN KEY (`assessment_id`) REFERENCES `practice_assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_gap_actions_action` ON `practice_gap_actions` (`action_id`);--> statement-breakpoint
CREATE TABLE `practice_ratings` (
	`assessment_id` integer NOT NULL,
	`statement_key` text NOT NULL,
	`level` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`evidence_links` text NOT NULL,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`assessment_id`, `statement_key`),
	FOREIGN KEY (`assessment_id`) REFERENCES `practice_assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_sharing` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`shared_since` text NOT NULL,
	`shared_by` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shared_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_statement_wording` (
	`organisation_id` integer NOT NULL,
	`statement_key` text NOT NULL,
	`text` text NOT NULL,
	`text_cy` text NOT NULL,
	`evidence` text NOT NULL,
	`evidence_cy` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `statement_key`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `practice_assessment_frozen_update` BEFORE UPDATE ON `practice_assessments` WHEN OLD.`status` = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_assessment_frozen_delete` BEFORE DELETE ON `practice_assessments` WHEN OLD.`status` = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_ratings_frozen_insert` BEFORE INSERT ON `practice_ratings` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = NEW.`assessment_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_ratings_frozen_update` BEFORE UPDATE ON `practice_ratings` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = OLD.`assessment_id`) = 'signed_off' OR (SELECT `status` FROM `practice_assessments` WHERE `id` = NEW.`assessment_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_ratings_frozen_delete` BEFORE DELETE ON `practice_ratings` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = OLD.`assessment_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_contributors_frozen_insert` BEFORE INSERT ON `practice_contributors` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = NEW.`assessment_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_contributors_frozen_delete` BEFORE DELETE ON `practice_contributors` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = OLD.`assessment_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off assessment is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `practice_gap_actions_signed_off_only` BEFORE INSERT ON `practice_gap_actions` WHEN (SELECT `status` FROM `practice_assessments` WHERE `id` = NEW.`assessment_id`) IS NOT 'signed_off' BEGIN SELECT RAISE(ABORT, 'gaps are raised from signed-off assessments'); END;
