CREATE TABLE `quote_checks` (
	`coding_id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`decision` text NOT NULL,
	`text_hash` text NOT NULL,
	`decided_by` integer,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`coding_id`) REFERENCES `codings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quote_checks_org_idx` ON `quote_checks` (`organisation_id`,`decision`);