CREATE TABLE `votes` (
	`round_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`target_id` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `participant_id`, `target_id`),
	FOREIGN KEY (`round_id`) REFERENCES `voting_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "votes_count_positive" CHECK("votes"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE `voting_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`number` integer NOT NULL,
	`budget` integer NOT NULL,
	`max_per_target` integer NOT NULL,
	`targets` text NOT NULL,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`revealed_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voting_rounds_number_idx` ON `voting_rounds` (`workshop_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `voting_rounds_open_idx` ON `voting_rounds` (`workshop_id`) WHERE "voting_rounds"."status" = 'open';