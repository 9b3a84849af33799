CREATE TABLE `findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`observations` text DEFAULT '' NOT NULL,
	`observations_cy` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `findings_session_theme_unique` ON `findings` (`session_id`,`theme_id`);--> statement-breakpoint
CREATE TABLE `panel_attendance` (
	`session_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`attended` integer DEFAULT true NOT NULL,
	`declaration` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`session_id`, `user_id`),
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `panel_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`theme_id` integer,
	`author_user_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panel_comments_session_idx` ON `panel_comments` (`session_id`);--> statement-breakpoint
CREATE TABLE `panel_engagements` (
	`panel_id` integer NOT NULL,
	`engagement_id` integer NOT NULL,
	PRIMARY KEY(`panel_id`, `engagement_id`),
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `panel_members` (
	`panel_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`panel_id`, `user_id`),
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panel_members_user_idx` ON `panel_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `panel_session_themes` (
	`session_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`session_id`, `theme_id`),
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `panel_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`panel_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`agenda_cy` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planning' NOT NULL,
	`pack` text,
	`pack_issued_at` text,
	`pack_issued_by` integer,
	`minutes` text DEFAULT '' NOT NULL,
	`minutes_cy` text DEFAULT '' NOT NULL,
	`signed_off_at` text,
	`signed_off_by` integer,
	`public_summary` text DEFAULT '' NOT NULL,
	`public_summary_cy` text DEFAULT '' NOT NULL,
	`summary_published` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pack_issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_off_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panel_sessions_panel_idx` ON `panel_sessions` (`panel_id`);--> statement-breakpoint
CREATE TABLE `panels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_cy` text DEFAULT '' NOT NULL,
	`terms_of_reference` text DEFAULT '' NOT NULL,
	`terms_of_reference_cy` text DEFAULT '' NOT NULL,
	`chair_user_id` integer,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chair_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panels_org_idx` ON `panels` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`finding_id` integer NOT NULL,
	`what` text NOT NULL,
	`what_cy` text DEFAULT '' NOT NULL,
	`to_whom` text NOT NULL,
	`priority` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recommendations_session_idx` ON `recommendations` (`session_id`);--> statement-breakpoint
CREATE TRIGGER `panel_pack_frozen` BEFORE UPDATE OF `pack`, `held_on`, `agenda`, `agenda_cy` ON `panel_sessions` WHEN OLD.`pack` IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_record_frozen` BEFORE UPDATE OF `minutes`, `minutes_cy`, `status`, `signed_off_at`, `signed_off_by` ON `panel_sessions` WHEN OLD.`status` = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `findings_frozen_insert` BEFORE INSERT ON `findings` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = NEW.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `findings_frozen_update` BEFORE UPDATE ON `findings` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `findings_frozen_delete` BEFORE DELETE ON `findings` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `recommendations_frozen_insert` BEFORE INSERT ON `recommendations` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = NEW.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `recommendations_frozen_update` BEFORE UPDATE ON `recommendations` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `recommendations_frozen_delete` BEFORE DELETE ON `recommendations` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_comments_frozen` BEFORE INSERT ON `panel_comments` WHEN (SELECT `status` FROM `panel_sessions` WHERE `id` = NEW.`session_id`) = 'signed_off' BEGIN SELECT RAISE(ABORT, 'a signed-off session is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_session_themes_frozen_insert` BEFORE INSERT ON `panel_session_themes` WHEN (SELECT `pack` FROM `panel_sessions` WHERE `id` = NEW.`session_id`) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_session_themes_frozen_delete` BEFORE DELETE ON `panel_session_themes` WHEN (SELECT `pack` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
