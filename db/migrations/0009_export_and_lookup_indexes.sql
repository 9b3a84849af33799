DROP INDEX `responses_org_idx`;--> statement-breakpoint
CREATE INDEX `responses_org_idx` ON `responses` (`organisation_id`,`survey_id`,`submitted_on`);--> statement-breakpoint
CREATE INDEX `coding_sample_items_response_idx` ON `coding_sample_items` (`response_id`);--> statement-breakpoint
CREATE INDEX `resume_drafts_submission_key_idx` ON `resume_drafts` (`submission_key`);--> statement-breakpoint
CREATE INDEX `themes_parent_idx` ON `themes` (`parent_id`);