DROP INDEX `responses_survey_idx`;--> statement-breakpoint
CREATE INDEX `responses_figures_idx` ON `responses` (`survey_id`,`submitted_on`,`channel_id`,`language`,`survey_version_id`,`organisation_id`);--> statement-breakpoint
DROP INDEX `answer_facts_response_idx`;--> statement-breakpoint
CREATE INDEX `answer_facts_response_idx` ON `answer_facts` (`response_id`,`question_key`,`value`);