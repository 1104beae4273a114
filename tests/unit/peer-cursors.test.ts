import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PeerCursors, readCursor } from '../../src/lib/state/PeerCursors.svelte.ts';

/** Two browsers' awareness, joined as the room would: what one sets, the other receives. */
function room() {
	const mine = new Awareness(new Y.Doc());
	const theirs = new Awareness(new Y.Doc());
	theirs.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
		applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [...added!, ...updated!, ...removed!]), 'room');
	});
	return { mine, theirs };
}

describe('readCursor', () => {
	it('takes a position on the wall and nothing else', () => {
		expect(readCursor({ cursor: { x: 10, y: 20 } })).toEqual({ x: 10, y: 20 });
		expect(readCursor({ cursor: { x: 0, y: 0 } })).toEqual({ x: 0, y: 0 });
		for (const cursor of [
			null,
			undefined,
			'10,20',
			{ x: 10 },
			{ x: '10', y: 20 },
			{ x: -1, y: 20 },
			{ x: 10, y: Number.NaN },
			{ x: 10, y: 1e9 },
			[10, 20]
		]) {
			expect(readCursor({ cursor }), JSON.stringify(cursor)).toBeNull();
		}
	});
});

describe('PeerCursors', () => {
	it("shows everyone else's cursor with their role, never one's own, and drops it when they leave", () => {
		const { mine, theirs } = room();
		const cursors = new PeerCursors(mine);
		mine.setLocalState({ role: 'participant', cursor: { x: 1, y: 1 } });
		expect(cursors.list).toEqual([]);

		theirs.setLocalState({ role: 'facilitator', cursor: { x: 40, y: 80 } });
		expect(cursors.list).toEqual([{ clientId: theirs.clientID, x: 40, y: 80, facilitator: true }]);
		theirs.setLocalStateField('cursor', { x: 41, y: 82 });
		expect(cursors.list).toEqual([{ clientId: theirs.clientID, x: 41, y: 82, facilitator: true }]);

		theirs.setLocalStateField('cursor', null);
		expect(cursors.list).toEqual([]);
		theirs.setLocalStateField('cursor', { x: 5, y: 6 });
		expect(cursors.list).toHaveLength(1);
		removeAwarenessStates(theirs, [theirs.clientID], 'gone');
		expect(cursors.list).toEqual([]);
	});

	it('draws nothing from a malformed state and stops following once destroyed', () => {
		const { mine, theirs } = room();
		const cursors = new PeerCursors(mine);
		theirs.setLocalState({ role: 'participant', cursor: { x: 'x', y: 3 } });
		expect(cursors.list).toEqual([]);
		cursors.destroy();
		theirs.setLocalState({ role: 'participant', cursor: { x: 3, y: 3 } });
		expect(cursors.list).toEqual([]);
	});
});
