CREATE TABLE `action_shared_themes` (
	`action_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`commission_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`linked_by` integer,
	`linked_at` text NOT NULL,
	PRIMARY KEY(`action_id`, `commission_id`, `theme_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commission_id`) REFERENCES `commissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_shared_themes_theme_idx` ON `action_shared_themes` (`organisation_id`,`commission_id`,`theme_id`);--> statement-breakpoint
CREATE TABLE `panel_session_shared_themes` (
	`session_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`commission_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`linked_by` integer,
	`linked_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `commission_id`, `theme_id`),
	FOREIGN KEY (`session_id`) REFERENCES `panel_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commission_id`) REFERENCES `commissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panel_session_shared_themes_theme_idx` ON `panel_session_shared_themes` (`organisation_id`,`commission_id`,`theme_id`);--> statement-breakpoint
CREATE TRIGGER `panel_session_shared_themes_frozen_insert` BEFORE INSERT ON `panel_session_shared_themes` WHEN (SELECT `pack` FROM `panel_sessions` WHERE `id` = NEW.`session_id`) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_session_shared_themes_frozen_update` BEFORE UPDATE ON `panel_session_shared_themes` WHEN (SELECT `pack` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER `panel_session_shared_themes_frozen_delete` BEFORE DELETE ON `panel_session_shared_themes` WHEN (SELECT `pack` FROM `panel_sessions` WHERE `id` = OLD.`session_id`) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an issued pack is frozen'); END;
