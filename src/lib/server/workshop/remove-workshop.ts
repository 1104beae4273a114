import type { AppContext } from '../context.ts';
import { deleteWorkshop } from './workshops.ts';

/** Deletes a workshop with everything it holds and drops its live documents and sockets. */
export function removeWorkshop(context: Pick<AppContext, 'db' | 'rooms'>, id: string): void {
	deleteWorkshop(context.db, id);
	context.rooms.evict(id);
}
