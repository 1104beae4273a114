import * as Y from 'yjs';
import { addAction, deleteAction, restoreAction, updateAction, type ActionPatch, type NewAction } from '$lib/board/actions';
import {
	addCard,
	deleteCard,
	editCard,
	setTranslation,
	moveCard,
	restoreCard,
	type CardEdit,
	type CardMove,
	type NewCard
} from '$lib/board/cards';
import {
	createCluster,
	dissolveCluster,
	mergeClusters,
	moveCluster,
	renameCluster,
	restoreCluster
} from '$lib/board/clusters';
import { readFacilitatorState, silentCollecting, STATE_ROOT, type FacilitatorState } from '$lib/board/facilitator-state';
import type { Placement } from '$lib/board/ordering';
import { fail, type BoardResult } from '$lib/board/result';
import type { Card } from '$lib/board/schema';
import type { BoardSync } from './board-sync';
import { ConnectionStatus } from './ConnectionStatus.svelte';
import { CursorPublisher, sharesCursor, type CursorDevice } from './cursor-presence';
import { PeerCursors } from './PeerCursors.svelte';
import { PlanState } from './PlanState.svelte';
import { WallState } from './WallState.svelte';

export type BoardRole = 'facilitator' | 'participant' | 'viewer';

/** Why nobody may change the board right now; null while it is open. */
export type ReadOnlyReason = 'viewer' | 'ended' | 'locked' | 'expired' | 'silent' | null;

export interface BoardIdentity {
	workshopId: string;
	role: BoardRole;
	/** The per-workshop pseudonym new cards carry; "my cards" are those with this key. */
	authorKey: string;
	/** The workshop has ended: the server takes no more changes. */
	ended: boolean;
}

/** Connects the store's documents; the browser wiring is `connectBrowser` (board-sync.ts). */
export type SyncFactory = (docs: {
	board: Y.Doc;
	state: Y.Doc;
	status: ConnectionStatus;
	onStateTrusted(): void;
}) => BoardSync;

/**
 * The board of one workshop for one person: the board document with its reactive mirror
 * (`wall`), the facilitator state (read-only), the connection status, and the board operations of
 * src/lib/board as methods that return their results. The documents and the providers stay
 * outside reactivity; only the mirrored values are state.
 */
export class BoardStore {
	readonly doc = new Y.Doc();
	readonly stateDoc = new Y.Doc();
	readonly identity: BoardIdentity;
	readonly status: ConnectionStatus;
	readonly wall: WallState;
	readonly plan: PlanState;
	#facilitator = $state.raw<FacilitatorState>() as FacilitatorState;
	#stateTrusted = false;
	/** Maßnahmen deleted on this page: the one who deleted one may take that back ("Rückgängig"). */
	readonly #deletedHere = new Set<string>();
	readonly #sync: BoardSync;
	#cursor: CursorPublisher | null = null;
	#peerCursors: PeerCursors | null = null;

	constructor(identity: BoardIdentity, initial: FacilitatorState, sync: SyncFactory, online = true) {
		this.identity = identity;
		this.#facilitator = initial;
		this.status = new ConnectionStatus(online);
		this.wall = new WallState(this.doc);
		this.plan = new PlanState(this.doc);
		this.stateDoc.getMap(STATE_ROOT).observe(this.#readState);
		this.#sync = sync({
			board: this.doc,
			state: this.stateDoc,
			status: this.status,
			onStateTrusted: () => {
				this.#stateTrusted = true;
				this.#readState();
			}
		});
	}

	/** Phase, timer, lock, voting: as the server last said, or as the page was loaded. */
	get facilitator(): FacilitatorState {
		return this.#facilitator;
	}

	get role(): BoardRole {
		return this.identity.role;
	}

	get isFacilitator(): boolean {
		return this.identity.role === 'facilitator';
	}

	get readOnlyReason(): ReadOnlyReason {
		// The server has closed for good: nothing else the page could say still helps.
		if (this.status.state === 'expired') return 'expired';
		if (this.identity.role === 'viewer') return 'viewer';
		if (this.identity.ended) return 'ended';
		if (this.#facilitator.locked) return 'locked';
		// Silent Sammeln: participants hand cards to the server; the room refuses their board writes.
		if (this.identity.role === 'participant' && silentCollecting(this.#facilitator)) return 'silent';
		return null;
	}

	get writable(): boolean {
		return this.readOnlyReason === null;
	}

	/** Authors change their own cards, the Moderation every card. */
	mayChange(card: Pick<Card, 'authorKey'>): boolean {
		return this.writable && (this.isFacilitator || card.authorKey === this.identity.authorKey);
	}

	/** Publishes this person's cursor while they are on the desktop board; null everywhere else. */
	get cursor(): CursorPublisher | null {
		return this.#cursor;
	}

	/** Everyone else's cursor, drawn on the desktop board only; null everywhere else. */
	get peerCursors(): PeerCursors | null {
		return this.#peerCursors;
	}

	/**
	 * Announces this person on the board (their role only: nothing that names anyone), and on the
	 * desktop board shares their cursor and shows everyone else's. Phones and the Beamer-Ansicht
	 * send presence, no cursor, and draw none.
	 */
	startPresence(device: CursorDevice): void {
		const presence = this.#sync.presence;
		if (!presence) return;
		presence.setLocalStateField('role', this.role);
		this.#stopCursors();
		if (!sharesCursor(device)) return;
		this.#cursor = new CursorPublisher(presence);
		this.#peerCursors = new PeerCursors(presence);
	}

	addCard(input: Omit<NewCard, 'authorKey' | 'id' | 'now'>): BoardResult<string> {
		return this.#write(() => addCard(this.doc, { ...input, authorKey: this.identity.authorKey }));
	}

	editCard(id: string, edit: CardEdit): BoardResult {
		return this.#writeCard(id, () => editCard(this.doc, id, edit));
	}

	/** Anyone on the board may translate any card: translations add to a card and change nothing of it. */
	setTranslation(id: string, lang: string, text: string): BoardResult {
		return this.#write(() => setTranslation(this.doc, id, lang, text));
	}

	deleteCard(id: string): BoardResult {
		return this.#writeCard(id, () => deleteCard(this.doc, id));
	}

	/** The Papierkorb is the Moderation's. */
	restoreCard(id: string): BoardResult {
		return this.#write(() => (this.isFacilitator ? restoreCard(this.doc, id) : fail('card', 'invalid')));
	}

	moveCard(id: string, move: CardMove): BoardResult {
		return this.#write(() => moveCard(this.doc, id, move));
	}

	createCluster(input: Placement & { title?: string } = {}): BoardResult<string> {
		return this.#write(() => createCluster(this.doc, input));
	}

	renameCluster(id: string, title: string): BoardResult {
		return this.#write(() => renameCluster(this.doc, id, title));
	}

	moveCluster(id: string, placement: Placement): BoardResult {
		return this.#write(() => moveCluster(this.doc, id, placement));
	}

	mergeClusters(sourceId: string, targetId: string): BoardResult<string[]> {
		return this.#write(() => mergeClusters(this.doc, sourceId, targetId));
	}

	dissolveCluster(id: string): BoardResult<string[]> {
		return this.#write(() => dissolveCluster(this.doc, id));
	}

	restoreCluster(id: string): BoardResult {
		return this.#write(() => restoreCluster(this.doc, id));
	}

	/** Maßnahmen: everyone who may write the board edits every one of them together. */
	addAction(input: Omit<NewAction, 'id' | 'now'>): BoardResult<string> {
		return this.#write(() => addAction(this.doc, input));
	}

	updateAction(id: string, patch: ActionPatch): BoardResult {
		return this.#write(() => updateAction(this.doc, id, patch));
	}

	deleteAction(id: string): BoardResult {
		const result = this.#write(() => deleteAction(this.doc, id));
		if (result.ok) this.#deletedHere.add(id);
		return result;
	}

	/** The Moderation restores any deleted Maßnahme; others only what they deleted themselves here. */
	mayRestoreAction(id: string): boolean {
		return this.writable && (this.isFacilitator || this.#deletedHere.has(id));
	}

	restoreAction(id: string): BoardResult {
		if (!this.mayRestoreAction(id)) return fail('action', 'invalid');
		const result = restoreAction(this.doc, id);
		if (result.ok) this.#deletedHere.delete(id);
		return result;
	}

	destroy(): void {
		this.#stopCursors();
		this.#sync.destroy();
		this.stateDoc.getMap(STATE_ROOT).unobserve(this.#readState);
		this.wall.destroy();
		this.plan.destroy();
		this.doc.destroy();
		this.stateDoc.destroy();
	}

	#stopCursors(): void {
		this.#cursor?.destroy();
		this.#peerCursors?.destroy();
		this.#cursor = null;
		this.#peerCursors = null;
	}

	/**
	 * Until the state document is trusted (synced, or the stored copy while offline) the state
	 * the page was loaded with stands: a stored copy may be older, and the phase must not jump back.
	 */
	#readState = () => {
		if (this.#stateTrusted && this.stateDoc.getMap(STATE_ROOT).size > 0) {
			this.#facilitator = readFacilitatorState(this.stateDoc);
		}
	};

	#write<T>(change: () => BoardResult<T>): BoardResult<T> {
		return this.writable ? change() : fail('board', 'invalid');
	}

	#writeCard(id: string, change: () => BoardResult): BoardResult {
		const card = this.wall.card(id);
		if (!card) return fail('card', 'not_found');
		return this.mayChange(card.current) ? this.#write(change) : fail('card', 'invalid');
	}
}
