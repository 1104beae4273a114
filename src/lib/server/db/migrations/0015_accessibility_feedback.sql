CREATE TABLE `accessibility_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`message` text NOT NULL,
	`contact` text NOT NULL,
	`page` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`done_at` integer
);
--> statement-breakpoint
CREATE INDEX `accessibility_feedback_created_idx` ON `accessibility_feedback` (`created_at`);