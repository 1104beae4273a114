CREATE TABLE `buendnis_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`buendnis_id` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`buendnis_id`) REFERENCES `buendnisse`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `buendnis_reports_buendnis_idx` ON `buendnis_reports` (`buendnis_id`);