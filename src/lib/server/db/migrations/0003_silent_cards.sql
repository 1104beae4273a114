CREATE TABLE `pending_cards` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`author_key` text NOT NULL,
	`text` text NOT NULL,
	`category` text NOT NULL,
	`held_back` integer DEFAULT false NOT NULL,
	`revealed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pending_cards_workshop_idx` ON `pending_cards` (`workshop_id`,`revealed_at`);--> statement-breakpoint
CREATE INDEX `pending_cards_participant_idx` ON `pending_cards` (`participant_id`);