import * as Y from 'yjs';
import { readFacilitatorState, type FacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { BoardStore, type BoardIdentity, type SyncFactory } from '../../src/lib/state/BoardStore.svelte.ts';

const initial: FacilitatorState = readFacilitatorState(new Y.Doc());

/** A store whose documents are linked both ways to `remote`, as a provider would link them to the server. */
export function storeWith(identity: Partial<BoardIdentity> = {}) {
	const remote = new Y.Doc();
	const server = new Y.Doc();
	let trustState = () => {};
	const sync: SyncFactory = ({ board, state, onStateTrusted }) => {
		trustState = onStateTrusted;
		const toBoard = (update: Uint8Array, origin: unknown) => origin !== 'link' && Y.applyUpdate(board, update, 'link');
		const toRemote = (update: Uint8Array, origin: unknown) => origin !== 'link' && Y.applyUpdate(remote, update, 'link');
		const toState = (update: Uint8Array) => Y.applyUpdate(state, update, 'link');
		remote.on('update', toBoard);
		board.on('update', toRemote);
		server.on('update', toState);
		return {
			destroy() {
				remote.off('update', toBoard);
				board.off('update', toRemote);
				server.off('update', toState);
			}
		};
	};
	const store = new BoardStore(
		{ workshopId: 'w1', role: 'participant', authorKey: 'me', ended: false, ...identity },
		initial,
		sync
	);
	return { store, remote, server, trustState: () => trustState() };
}
