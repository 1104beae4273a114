import { sql } from 'drizzle-orm';
import type { Angebot } from '../../board/angebote.ts';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	/** '' for an account that signs in only through single sign-on: no password matches it. Kept
	 * NOT NULL because making it nullable means rebuilding the table, which every session,
	 * workshop and Bündnis membership would cascade from. */
	passwordHash: text('password_hash').notNull(),
	/** Off for single sign-on users outside OIDC_CREATOR_GROUP: they only join workshops others invite them to. */
	mayCreateWorkshops: integer('may_create_workshops', { mode: 'boolean' }).notNull().default(true),
	createdAt: createdAt()
});

/** Who a user is at an OpenID Provider: its issuer and the stable subject it gives them. */
export const oidcIdentities = sqliteTable(
	'oidc_identities',
	{
		issuer: text('issuer').notNull(),
		subject: text('subject').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('oidc_identities_user_idx').on(t.userId)]
);

/**
 * One table for every kind of session: a facilitator's (user_id), a participant's or a Beamer
 * viewer's (participant_id / workshop_id). The id is the SHA-256 of the token; the token itself
 * is never stored.
 */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		kind: text('kind', { enum: ['user', 'participant', 'viewer'] }).notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
		workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
		participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
		/** The ID token of a single sign-on, the hint that ends the provider's session at logout too. */
		oidcIdToken: text('oidc_id_token'),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId), index('sessions_workshop_idx').on(t.workshopId)]
);

export const workshops = sqliteTable(
	'workshops',
	{
		id: text('id').primaryKey(),
		title: text('title').notNull(),
		municipality: text('municipality').notNull().default(''),
		date: text('date'),
		place: text('place').notNull().default(''),
		template: text('template').notNull(),
		joinCode: text('join_code').notNull(),
		/** JSON: categories, institution types and per-workshop switches; see workshop-settings.ts. */
		settings: text('settings', { mode: 'json' }).notNull(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id),
		/** The Bündnis the workshop belongs to, if any; a workshop works the same on its own. */
		buendnisId: text('buendnis_id').references((): AnySQLiteColumn => buendnisse.id, { onDelete: 'set null' }),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }),
		endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('workshops_join_code_idx').on(t.joinCode),
		index('workshops_ended_idx').on(t.endedAt),
		index('workshops_buendnis_idx').on(t.buendnisId)
	]
);

/**
 * A Kommune's or a Kreis' alliance for the three years of the initiative: the workshops it holds
 * and, across them, one Maßnahmenplan. Its members are institutions, not accounts.
 */
export const buendnisse = sqliteTable('buendnisse', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	municipality: text('municipality').notNull().default(''),
	/** JSON: the member institutions' names, in the order the facilitator gave them. */
	members: text('members', { mode: 'json' }).$type<string[]>().notNull(),
	ownerId: text('owner_id')
		.notNull()
		.references(() => users.id),
	/** SHA-256 of the token in the calendar feed's URL (/b/<token>/calendar.ics); null: no feed. */
	calendarFeedId: text('calendar_feed_id').unique(),
	createdAt: createdAt()
});

export const buendnisFacilitators = sqliteTable(
	'buendnis_facilitators',
	{
		buendnisId: text('buendnis_id')
			.notNull()
			.references(() => buendnisse.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.buendnisId, t.userId] }), index('buendnis_facilitators_user_idx').on(t.userId)]
);

export const workshopFacilitators = sqliteTable(
	'workshop_facilitators',
	{
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.workshopId, t.userId] }), index('facilitators_user_idx').on(t.userId)]
);

export const participants = sqliteTable(
	'participants',
	{
		id: text('id').primaryKey(),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		institution: text('institution').notNull().default(''),
		/** Per-workshop pseudonym written into the board document instead of any name. */
		authorKey: text('author_key').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('participants_workshop_idx').on(t.workshopId)]
);

/**
 * The realtime documents of a workshop as an append-only log of Yjs updates (`board` or
 * `state`), replaced from time to time by one update of the whole document (compaction).
 */
export const docUpdates = sqliteTable(
	'doc_updates',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		doc: text('doc', { enum: ['board', 'state'] }).notNull(),
		data: blob('data', { mode: 'buffer' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('doc_updates_doc_idx').on(t.workshopId, t.doc, t.id)]
);

/** Links for the Kerngruppe: open one workshop's Maßnahmenplan without an account. */
export const shareLinks = sqliteTable(
	'share_links',
	{
		/** SHA-256 of the token in the link; the token itself is never stored. */
		id: text('id').primaryKey(),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		createdAt: createdAt(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('share_links_workshop_idx').on(t.workshopId)]
);

/**
 * A personal link for a Maßnahme's Verantwortliche: it opens the Maßnahmen that institution is
 * responsible for (in the workshop, or across its Bündnis) to set status, Stand and Frist. The
 * institution is kept as it was when the link was made; a Maßnahme given to another institution
 * leaves the link. Like a session, only the SHA-256 of the token is stored.
 */
export const ownerLinks = sqliteTable(
	'owner_links',
	{
		id: text('id').primaryKey(),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		actionId: text('action_id').notNull(),
		owner: text('owner').notNull(),
		contact: text('contact').notNull().default(''),
		createdAt: createdAt(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('owner_links_workshop_idx').on(t.workshopId)]
);

/**
 * Reminders e-mailed to Verantwortliche: one per Maßnahme, kind and Frist, so that a reminder goes
 * out once when the Frist comes near and once when it has passed, and again after a new Frist.
 */
export const remindersSent = sqliteTable(
	'reminders_sent',
	{
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		actionId: text('action_id').notNull(),
		kind: text('kind', { enum: ['due_soon', 'overdue'] }).notNull(),
		due: text('due').notNull(),
		recipient: text('recipient').notNull(),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.workshopId, t.actionId, t.kind, t.due] })]
);

/** Each Sachbericht a facilitator made, so the next one can start where this one ended. */
export const buendnisReports = sqliteTable(
	'buendnis_reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		buendnisId: text('buendnis_id')
			.notNull()
			.references(() => buendnisse.id, { onDelete: 'cascade' }),
		periodFrom: text('period_from').notNull(),
		periodTo: text('period_to').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('buendnis_reports_buendnis_idx').on(t.buendnisId)]
);

/**
 * What already exists in the Kommune for the young people (board/angebote.ts): on a Bündnis'
 * list, or on the list of a workshop that belongs to no Bündnis, never both.
 */
export const angebote = sqliteTable(
	'angebote',
	{
		id: text('id').primaryKey(),
		buendnisId: text('buendnis_id').references(() => buendnisse.id, { onDelete: 'cascade' }),
		workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
		data: text('data', { mode: 'json' }).$type<Angebot>().notNull(),
		/** Opt-in per Angebot: shown on the Bündnis' public read-only list. */
		published: integer('published', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('angebote_buendnis_idx').on(t.buendnisId),
		index('angebote_workshop_idx').on(t.workshopId),
		check('angebote_one_owner', sql`(buendnis_id IS NULL) <> (workshop_id IS NULL)`)
	]
);

/** A proposed Angebot–Thema link the facilitator turned down, so it is not proposed again. */
export const angebotMatchDismissals = sqliteTable(
	'angebot_match_dismissals',
	{
		angebotId: text('angebot_id')
			.notNull()
			.references(() => angebote.id, { onDelete: 'cascade' }),
		/** The Thema as the matrix keys it: lower case, spaces collapsed. */
		thema: text('thema').notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.angebotId, t.thema] })]
);

/** Every status change of a Maßnahme: who, when, from, to. */
export const actionHistory = sqliteTable(
	'action_history',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		actionId: text('action_id').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		actor: text('actor').notNull(),
		fromStatus: text('from_status'),
		toStatus: text('to_status').notNull(),
		/** The Maßnahme's statusNote as the change left it: why it is stuck, how far it got. */
		note: text('note').notNull().default('')
	},
	(t) => [index('action_history_action_idx').on(t.workshopId, t.actionId, t.at)]
);

/**
 * Each phase change with the board as it stood then: for the Ergebnisprotokoll's "phases held"
 * and for looking back at an earlier state of the wall.
 */
export const phaseLog = sqliteTable(
	'phase_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		phase: text('phase').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		/** Y.encodeStateAsUpdate of the board document at that moment. */
		boardSnapshot: blob('board_snapshot', { mode: 'buffer' }).notNull()
	},
	(t) => [index('phase_log_workshop_idx').on(t.workshopId, t.at)]
);

/**
 * Cards written during silent Sammeln: they wait here until the facilitator reveals them onto the
 * board (then `revealed_at` is set and the board card has the same id). A held-back card never
 * reaches the board unless the facilitator releases it; only its author and the facilitators
 * ever see its text.
 */
export const pendingCards = sqliteTable(
	'pending_cards',
	{
		id: text('id').primaryKey(),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		participantId: text('participant_id')
			.notNull()
			.references(() => participants.id, { onDelete: 'cascade' }),
		authorKey: text('author_key').notNull(),
		text: text('text').notNull(),
		category: text('category').notNull(),
		lang: text('lang'),
		heldBack: integer('held_back', { mode: 'boolean' }).notNull().default(false),
		revealedAt: integer('revealed_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		index('pending_cards_workshop_idx').on(t.workshopId, t.revealedAt),
		index('pending_cards_participant_idx').on(t.participantId)
	]
);

/**
 * Dot-voting rounds of a workshop, numbered from 1. At most one is open at a time (the partial
 * unique index); every round keeps its votes, so each has its own results.
 */
export const votingRounds = sqliteTable(
	'voting_rounds',
	{
		id: text('id').primaryKey(),
		workshopId: text('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		budget: integer('budget').notNull(),
		maxPerTarget: integer('max_per_target').notNull(),
		targets: text('targets', { enum: ['clusters', 'clusters_and_cards'] }).notNull(),
		status: text('status', { enum: ['open', 'closed', 'revealed'] }).notNull(),
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		revealedAt: integer('revealed_at', { mode: 'timestamp_ms' }),
		/**
		 * JSON: the totals and the K-safe breakdown of a round restored from an export, which
		 * carries no per-person votes (see voting/round-tally.ts); null for rounds voted here.
		 */
		importedTally: text('imported_tally', { mode: 'json' })
	},
	(t) => [
		uniqueIndex('voting_rounds_number_idx').on(t.workshopId, t.number),
		uniqueIndex('voting_rounds_open_idx')
			.on(t.workshopId)
			.where(sql`${t.status} = 'open'`)
	]
);

/**
 * One participant's Punkte on one target (a cluster or card id of the board document) in one
 * round. A row with count 0 is deleted, so the rows are exactly what was given.
 */
export const votes = sqliteTable(
	'votes',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => votingRounds.id, { onDelete: 'cascade' }),
		participantId: text('participant_id')
			.notNull()
			.references(() => participants.id, { onDelete: 'cascade' }),
		targetId: text('target_id').notNull(),
		count: integer('count').notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.participantId, t.targetId] }), check('votes_count_positive', sql`${t.count} > 0`)]
);

/**
 * Feedback sent through the Erklärung zur Barrierefreiheit, which BITV 2.0 § 7 requires: anyone
 * may write, without an account. Every facilitator sees the open ones on the dashboard; `doneAt`
 * marks one as dealt with. Deleted by the retention run after RETENTION_DAYS.
 */
export const accessibilityFeedback = sqliteTable(
	'accessibility_feedback',
	{
		id: text('id').primaryKey(),
		message: text('message').notNull(),
		/** E-mail or phone the sender gave for an answer; '' when none. */
		contact: text('contact').notNull(),
		/** The path of the page the feedback is about; '' when none. */
		page: text('page').notNull(),
		createdAt: createdAt(),
		doneAt: integer('done_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('accessibility_feedback_created_idx').on(t.createdAt)]
);
