import type { Config } from '../../../../server/config.ts';
import { createUpgradeHandler, type UpgradeHandler } from '../../realtime/upgrade.ts';
import { watchActionStatus } from '../plan/action-history.ts';
import { watchPhases } from '../workshop/phase-log.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { createDocStore } from './doc-store.ts';
import { listPeople } from '../identity/participants.ts';
import type { PresenceDirectory } from './presence.ts';
import { authenticate } from './authenticate.ts';
import { realtimePolicy } from './policy.ts';
import { Rooms } from './Rooms.ts';
import { getWorkshop, workshopSettings } from '../workshop/workshops.ts';

/** The process's registry of live documents, stored in SQLite, with the app's write rules. */
export function createRooms(config: Config, db: Db, log: (line: string) => void = console.log): Rooms {
	return new Rooms(
		{
			persistence: createDocStore(db),
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
export function realtimeUpgradeHandler(context: AppContext, log: (line: string) => void = console.log): UpgradeHandler {
	const { config } = context;
	return createUpgradeHandler({
		registry: context.rooms,
		authenticate: (request, ref) =>
			authenticate({ db: context.db, origin: () => context.origin, strictOrigin: config.origin !== null }, request, ref),
		maxMessageBytes: config.wsMaxMessageBytes,
		ratePerSecond: config.wsRatePerSecond,
		rateBurst: config.wsRateBurst,
		log
	});
}
