import { m } from '$lib/paraglide/messages.js';

/** The words for a Maßnahme's status, in the reader's language. */
export function statusLabel(status: string | null): string {
	switch (status) {
		case 'open':
			return m.action_status_open();
		case 'in_progress':
			return m.action_status_in_progress();
		case 'stuck':
			return m.action_status_stuck();
		case 'done':
			return m.action_status_done();
		default:
			return '–';
	}
}
