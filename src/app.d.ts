import type { Participant, Session, User } from '$lib/server/identity/session';

declare global {
	namespace App {
		interface Error {
			code?: string;
		}
		interface Locals {
			session: Session | null;
			user: User | null;
			participant: Participant | null;
			/** Ties this request's log lines together; see observability/request-log.ts. */
			requestId: string;
		}
	}
}

export {};
