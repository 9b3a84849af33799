CREATE TABLE `action_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`label` text NOT NULL,
	`url` text NOT NULL,
	`added_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_evidence_action_idx` ON `action_evidence` (`action_id`);--> statement-breakpoint
CREATE TABLE `action_quotes` (
	`action_id` integer NOT NULL,
	`coding_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `coding_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coding_id`) REFERENCES `codings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `action_themes` (
	`action_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `theme_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `action_themes_theme_idx` ON `action_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `action_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`update_on` text NOT NULL,
	`body` text NOT NULL,
	`body_cy` text DEFAULT '' NOT NULL,
	`status_from` text,
	`status_to` text,
	`is_public` integer DEFAULT true NOT NULL,
	`author_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_updates_action_idx` ON `action_updates` (`action_id`);--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`engagement_id` integer NOT NULL,
	`title` text NOT NULL,
	`title_cy` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`description_cy` text DEFAULT '' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`rationale_cy` text DEFAULT '' NOT NULL,
	`owning_team` text NOT NULL,
	`owner_user_id` integer,
	`status` text DEFAULT 'proposed' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`status_reason_cy` text DEFAULT '' NOT NULL,
	`raised_on` text NOT NULL,
	`target_date` text,
	`agreed_on` text,
	`done_on` text,
	`recommendation_id` integer,
	`published` integer DEFAULT false NOT NULL,
	`published_at` text,
	`created_by` integer,
	`updated_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actions_org_idx` ON `actions` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `actions_engagement_idx` ON `actions` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `actions_owner_idx` ON `actions` (`owner_user_id`);--> statement-breakpoint
ALTER TABLE `engagements` ADD `title_cy` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `engagements` ADD `purpose_cy` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `public_staff_names` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TRIGGER `action_updates_no_update` BEFORE UPDATE ON `action_updates` BEGIN SELECT RAISE(ABORT, 'action updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_updates_no_delete` BEFORE DELETE ON `action_updates` BEGIN SELECT RAISE(ABORT, 'action updates are append-only'); END;
