CREATE TABLE `reminders_sent` (
	`workshop_id` text NOT NULL,
	`action_id` text NOT NULL,
	`kind` text NOT NULL,
	`due` text NOT NULL,
	`recipient` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`workshop_id`, `action_id`, `kind`, `due`),
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `buendnisse` ADD `calendar_feed_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `buendnisse_calendar_feed_id_unique` ON `buendnisse` (`calendar_feed_id`);