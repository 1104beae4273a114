CREATE TABLE `owner_links` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`action_id` text NOT NULL,
	`owner` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `owner_links_workshop_idx` ON `owner_links` (`workshop_id`);