CREATE TABLE `notify_batch_counts` (
	`organisation_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`accepted` integer DEFAULT 0 NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`permanent_failure` integer DEFAULT 0 NOT NULL,
	`temporary_failure` integer DEFAULT 0 NOT NULL,
	`technical_failure` integer DEFAULT 0 NOT NULL,
	`not_sent` integer DEFAULT 0 NOT NULL,
	`opted_out` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`organisation_id`, `batch_id`, `kind`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notify_opt_outs` (
	`organisation_id` integer NOT NULL,
	`contact_key` text NOT NULL,
	`source` text NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `contact_key`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notify_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`medium` text NOT NULL,
	`recipient` text,
	`language` text NOT NULL,
	`link` text,
	`reference` text NOT NULL,
	`weekends` integer DEFAULT false NOT NULL,
	`not_before` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`notify_id` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notify_outbox_reference` ON `notify_outbox` (`reference`);--> statement-breakpoint
CREATE INDEX `notify_outbox_due` ON `notify_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notify_outbox_batch` ON `notify_outbox` (`organisation_id`,`batch_id`);--> statement-breakpoint
CREATE TABLE `notify_settings` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`api_key_sealed` text,
	`api_key_name` text,
	`sms_sender_id` text,
	`email_reply_to_id` text,
	`sms_template_en` text,
	`sms_template_cy` text,
	`email_template_en` text,
	`email_template_cy` text,
	`inbound_sms` integer DEFAULT false NOT NULL,
	`received_texts_seen` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
