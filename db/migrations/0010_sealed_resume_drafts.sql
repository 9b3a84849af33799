ALTER TABLE `resume_drafts` ADD `sealed_answers` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `resume_drafts` DROP COLUMN `answers`;