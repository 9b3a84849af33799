CREATE TABLE `rollup_answers` (
	`survey_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`answered` integer NOT NULL,
	`value` text NOT NULL,
	`month` text NOT NULL,
	`day` text NOT NULL,
	`channel` integer NOT NULL,
	`language` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `question_key`, `answered`, `value`, `month`, `day`, `channel`, `language`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `rollup_filter_answers` (
	`survey_id` integer NOT NULL,
	`filter_key` text NOT NULL,
	`filter_value` text NOT NULL,
	`question_key` text NOT NULL,
	`answered` integer NOT NULL,
	`value` text NOT NULL,
	`month` text NOT NULL,
	`channel` integer NOT NULL,
	`language` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `filter_key`, `filter_value`, `month`, `channel`, `language`, `question_key`, `answered`, `value`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `rollup_filter_responses` (
	`survey_id` integer NOT NULL,
	`filter_key` text NOT NULL,
	`filter_value` text NOT NULL,
	`day` text NOT NULL,
	`channel` integer NOT NULL,
	`language` text NOT NULL,
	`version_id` integer NOT NULL,
	`completed` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `filter_key`, `filter_value`, `day`, `channel`, `language`, `version_id`, `completed`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `rollup_responses` (
	`survey_id` integer NOT NULL,
	`day` text NOT NULL,
	`channel` integer NOT NULL,
	`language` text NOT NULL,
	`version_id` integer NOT NULL,
	`completed` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `day`, `channel`, `language`, `version_id`, `completed`)
) WITHOUT ROWID;
