import type { Config } from '../../../../server/config.ts';
import { createUpgradeHandler, type UpgradeHandler } from '../../realtime/upgrade.ts';
import { watchActionStatus } from '../plan/action-history.ts';
import { watchPhases } from '../workshop/phase-log.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import type { DocPersistence } from '../../realtime/persistence.ts';
import type { Metrics } from '../observability/metrics.ts';
import { createDocStore } from './doc-store.ts';
import { listPeople } from '../identity/participants.ts';
import type { PresenceDirectory } from './presence.ts';
import { authenticate } from './authenticate.ts';
import { realtimePolicy } from './policy.ts';
import { Rooms } from './Rooms.ts';
import { getWorkshop, workshopSettings } from '../workshop/workshops.ts';

/** The process's registry of live documents, stored in SQLite, with the app's write rules. */
export function createRooms(config: Config, db: Db, log: (line: string) => void, metrics: Metrics): Rooms {
	return new Rooms(
		{
			persistence: timed(createDocStore(db), metrics),
			policy: realtimePolicy(db),
			graceMs: config.roomGraceMs,
			keepaliveMs: config.wsKeepaliveMs,
			compactAfterRows: config.docCompactRows,
			watch: (workshop) => {
				const unwatch = [watchActionStatus(db, workshop), watchPhases(db, workshop)];
				return () => unwatch.forEach((stop) => stop());
			},
			log
		},
		presenceDirectory(db)
	);
}

/** Every write to SQLite goes into the flush latency histogram; loads are not flushes. */
function timed(store: DocPersistence, metrics: Metrics): DocPersistence {
	return {
		load: (ref) => store.load(ref),
		append: (ref, updates) => metrics.timeFlush('append', () => store.append(ref, updates)),
		compact: (ref, state) => metrics.timeFlush('compact', () => store.compact(ref, state))
	};
}

function presenceDirectory(db: Db): PresenceDirectory {
	return {
		people: (workshopId) => listPeople(db, workshopId),
		privacy: (workshopId) => {
			const workshop = getWorkshop(db, workshopId);
			if (!workshop) return null;
			const { anonymous, minGroup } = workshopSettings(workshop);
			return { anonymous, minGroup };
		}
	};
}

/** The `upgrade` listener for /ws/…, for server/index.ts and the Vite dev server alike. */
export function realtimeUpgradeHandler(context: AppContext): UpgradeHandler {
	const { config, metrics } = context;
	return createUpgradeHandler({
		registry: context.rooms,
		authenticate: (request, ref) =>
			authenticate({ db: context.db, origin: () => context.origin, strictOrigin: config.origin !== null }, request, ref),
		maxMessageBytes: config.wsMaxMessageBytes,
		ratePerSecond: config.wsRatePerSecond,
		rateBurst: config.wsRateBurst,
		log: (line) => context.log.info(line),
		traffic: { received: metrics.messageReceived, sent: metrics.messageSent }
	});
}
