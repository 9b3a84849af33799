CREATE TABLE `engagement_checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`engagement_stage_id` integer NOT NULL,
	`item_key` text,
	`text` text,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`engagement_stage_id`) REFERENCES `engagement_stages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `engagement_checklist_items_key` ON `engagement_checklist_items` (`engagement_stage_id`,`item_key`);--> statement-breakpoint
CREATE TABLE `engagement_stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`engagement_id` integer NOT NULL,
	`stage_key` text NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`owner_user_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`last_reviewed_on` text,
	`next_review_on` text,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `engagement_stages_unique` ON `engagement_stages` (`engagement_id`,`stage_key`);--> statement-breakpoint
CREATE TABLE `engagements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`purpose` text NOT NULL,
	`audience` text NOT NULL,
	`sponsor` text DEFAULT '' NOT NULL,
	`lead_user_id` integer,
	`start_date` text,
	`end_date` text,
	`status` text DEFAULT 'planning' NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `engagements_org_idx` ON `engagements` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `stage_definitions` (
	`organisation_id` integer NOT NULL,
	`stage_key` text NOT NULL,
	`title` text NOT NULL,
	`title_cy` text NOT NULL,
	`description` text NOT NULL,
	`description_cy` text NOT NULL,
	`checklist` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `stage_key`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
