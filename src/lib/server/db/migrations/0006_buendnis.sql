CREATE TABLE `buendnis_facilitators` (
	`buendnis_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`buendnis_id`, `user_id`),
	FOREIGN KEY (`buendnis_id`) REFERENCES `buendnisse`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `buendnis_facilitators_user_idx` ON `buendnis_facilitators` (`user_id`);--> statement-breakpoint
CREATE TABLE `buendnisse` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`municipality` text DEFAULT '' NOT NULL,
	`members` text NOT NULL,
	`owner_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `workshops` ADD `buendnis_id` text REFERENCES buendnisse(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `workshops_buendnis_idx` ON `workshops` (`buendnis_id`);