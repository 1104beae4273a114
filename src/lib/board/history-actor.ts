/**
 * Who changed a Maßnahme's status, as the history keeps it. The words ("Teilnehmende",
 * "Participant") are added where it is shown, in the reader's language; stored is only this.
 */
export type HistoryActor =
	| { kind: 'person'; name: string }
	| { kind: 'participant'; institution: string | null }
	| { kind: 'kerngruppe'; label: string }
	/** Through a Verantwortliche's own link: the institution it was made for. */
	| { kind: 'owner'; owner: string }
	| { kind: 'board' };

/** The text kept in the database and the JSON export: `kind:value`. */
export function encodeActor(actor: HistoryActor): string {
	switch (actor.kind) {
		case 'person':
			return `person:${actor.name}`;
		case 'participant':
			return `participant:${actor.institution ?? ''}`;
		case 'kerngruppe':
			return `kerngruppe:${actor.label}`;
		case 'owner':
			return `owner:${actor.owner}`;
		case 'board':
			return 'board:';
	}
}

/** Reads a stored actor; anything else (an older row, a file from elsewhere) is shown as it is. */
export function decodeActor(stored: string): HistoryActor {
	const colon = stored.indexOf(':');
	const kind = colon < 0 ? '' : stored.slice(0, colon);
	const value = stored.slice(colon + 1);
	switch (kind) {
		case 'person':
			return { kind, name: value };
		case 'participant':
			return { kind, institution: value || null };
		case 'kerngruppe':
			return { kind, label: value };
		case 'owner':
			return { kind, owner: value };
		case 'board':
			return { kind };
		default:
			return { kind: 'person', name: stored };
	}
}

/** The words for each kind of actor, from Paraglide in the UI or the export labels. */
export interface ActorWords {
	participant: string;
	participantFrom(institution: string): string;
	kerngruppe(label: string): string;
	owner(owner: string): string;
	board: string;
}

export function actorLabel(actor: HistoryActor, words: ActorWords): string {
	switch (actor.kind) {
		case 'person':
			return actor.name;
		case 'participant':
			return actor.institution ? words.participantFrom(actor.institution) : words.participant;
		case 'kerngruppe':
			return words.kerngruppe(actor.label);
		case 'owner':
			return words.owner(actor.owner);
		case 'board':
			return words.board;
	}
}
