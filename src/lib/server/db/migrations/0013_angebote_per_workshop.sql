-- Angebote may belong to a workshop without a Bündnis: buendnis_id becomes nullable, which SQLite
-- does only by rebuilding the table. The migrator runs in a transaction, where PRAGMA foreign_keys
-- is ignored, so dropping the old table cascades into the dismissals: they are kept aside and put
-- back once the new table has the old name.
CREATE TABLE `__new_angebote` (
	`id` text PRIMARY KEY NOT NULL,
	`buendnis_id` text,
	`workshop_id` text,
	`data` text NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`buendnis_id`) REFERENCES `buendnisse`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "angebote_one_owner" CHECK((buendnis_id IS NULL) <> (workshop_id IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_angebote`("id", "buendnis_id", "workshop_id", "data", "published", "created_at", "updated_at") SELECT "id", "buendnis_id", NULL, "data", "published", "created_at", "updated_at" FROM `angebote`;--> statement-breakpoint
CREATE TEMP TABLE `__kept_dismissals` AS SELECT * FROM `angebot_match_dismissals`;--> statement-breakpoint
DROP TABLE `angebote`;--> statement-breakpoint
ALTER TABLE `__new_angebote` RENAME TO `angebote`;--> statement-breakpoint
INSERT INTO `angebot_match_dismissals` SELECT * FROM `__kept_dismissals`;--> statement-breakpoint
DROP TABLE `__kept_dismissals`;--> statement-breakpoint
CREATE INDEX `angebote_buendnis_idx` ON `angebote` (`buendnis_id`);--> statement-breakpoint
CREATE INDEX `angebote_workshop_idx` ON `angebote` (`workshop_id`);
