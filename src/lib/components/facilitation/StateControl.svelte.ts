import { m } from '$lib/paraglide/messages.js';
import { callApi, workshopPath, type ApiResult } from './workshop-api';

/** Words for what the workshop-day API can answer besides success, other than field errors. */
export function controlError(result: Extract<ApiResult<unknown>, { ok: false }>): string {
	switch (result.code) {
		case 'offline':
			return m.control_offline();
		case 'anonymous_workshop':
			return m.control_names_anonymous();
		case 'cluster_not_found':
			return m.spotlight_gone();
		case 'no_buendnis':
			return m.review_no_buendnis();
		case 'stale_suggestion':
			return m.suggestions_stale();
		case 'not_silent':
			return m.silent_closed();
		case 'locked':
			return m.readonly_locked();
		case 'too_many_cards':
			return m.error_too_many();
		default:
			return m.control_failed();
	}
}

/**
 * Sends facilitator commands of one panel section. The state they change comes back through the
 * state document like everyone else's, so this keeps only whether a request is under way and
 * what went wrong.
 */
export class StateControl {
	#busy = $state(false);
	#error = $state<string | null>(null);

	/** `workshopId` is read at each call: the component's prop may change. */
	constructor(private readonly workshopId: () => string) {}

	get busy(): boolean {
		return this.#busy;
	}

	get error(): string | null {
		return this.#error;
	}

	async send<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
		this.#busy = true;
		try {
			const result = await callApi<T>(method, workshopPath(this.workshopId(), path), body);
			this.#error = result.ok ? null : controlError(result);
			return result;
		} finally {
			this.#busy = false;
		}
	}
}
