CREATE TABLE `rollup_pending` (
	`response_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
