CREATE TABLE `angebote` (
	`id` text PRIMARY KEY NOT NULL,
	`buendnis_id` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`buendnis_id`) REFERENCES `buendnisse`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `angebote_buendnis_idx` ON `angebote` (`buendnis_id`);