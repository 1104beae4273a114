/** The two documents of a workshop: the shared board, and the facilitator state only the server writes. */
export const DOC_KINDS = ['board', 'state'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocRef {
	roomId: string;
	doc: DocKind;
}

export const REALTIME_PREFIX = '/ws/';

/** Room ids are our random ids; anything else cannot name a workshop. */
const ROOM_ID = /^[a-z2-7]{24}$/;

/** Whether an upgrade request belongs to the realtime server at all. */
export function isRealtimePath(pathname: string): boolean {
	return pathname.startsWith(REALTIME_PREFIX);
}

/**
 * `/ws/<id>` is the board, `/ws/<id>/state` the facilitator state (what the stock client builds
 * from `new WebsocketProvider(origin + '/ws', id + '/state', …)`); null for anything else.
 */
export function parseRoomPath(pathname: string): DocRef | null {
	if (!isRealtimePath(pathname)) return null;
	const [roomId, rest, ...more] = pathname.slice(REALTIME_PREFIX.length).split('/');
	if (!roomId || !ROOM_ID.test(roomId) || more.length > 0) return null;
	if (rest === undefined) return { roomId, doc: 'board' };
	return rest === 'state' ? { roomId, doc: 'state' } : null;
}

export function docLabel(ref: DocRef): string {
	return `${ref.roomId}/${ref.doc}`;
}
