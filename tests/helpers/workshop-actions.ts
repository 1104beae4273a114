import { addAction } from '../../src/lib/board/actions.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { createWorkshop } from './api.ts';
import { value } from './board.ts';
import { connect, processed, synced } from './realtime.ts';
import type { RunningServer } from './server.ts';

export interface PlannedAction {
	title: string;
	thema: string;
	owner: string;
	due: string | null;
}

/** A workshop whose board holds the given Maßnahmen, each under a Thema of that title, written over the real websocket. */
export async function workshopWithActions(server: RunningServer, token: string, title: string, actions: readonly PlannedAction[]) {
	const workshop = await createWorkshop(server, token, { title });
	const client = connect(server, workshop.id, token);
	await synced(client);
	for (const action of actions) {
		const clusterId = value(createCluster(client.doc, { title: action.thema }));
		value(addAction(client.doc, { title: action.title, clusterId, owner: action.owner, due: action.due }));
	}
	await processed(client);
	client.destroy();
	return workshop;
}
