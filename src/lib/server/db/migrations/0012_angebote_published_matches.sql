CREATE TABLE `angebot_match_dismissals` (
	`angebot_id` text NOT NULL,
	`thema` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`angebot_id`, `thema`),
	FOREIGN KEY (`angebot_id`) REFERENCES `angebote`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `angebote` ADD `published` integer DEFAULT false NOT NULL;