CREATE TABLE `rollup_answer_months` (
	`survey_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`answered` integer NOT NULL,
	`value` text NOT NULL,
	`month` text NOT NULL,
	`channel` integer NOT NULL,
	`language` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `question_key`, `answered`, `value`, `month`, `channel`, `language`)
) WITHOUT ROWID;
--> statement-breakpoint
-- rollup_answers is kept exactly equal to the raw facts, so its sum over days is this table's content.
INSERT INTO `rollup_answer_months` (`survey_id`, `question_key`, `answered`, `value`, `month`, `channel`, `language`, `n`)
SELECT `survey_id`, `question_key`, `answered`, `value`, `month`, `channel`, `language`, sum(`n`) FROM `rollup_answers`
GROUP BY `survey_id`, `question_key`, `answered`, `value`, `month`, `channel`, `language` HAVING sum(`n`) <> 0;
