import { generateSessionToken } from './session.ts';

/**
 * The one-time token of the first-run URL (/setup?token=…). It lives in memory only: a restart
 * with still no account prints a new one, and creating the first account spends it.
 */
export class SetupToken {
	#token: string | null = null;

	issue(): string {
		this.#token = generateSessionToken();
		return this.#token;
	}

	matches(candidate: string | null | undefined): boolean {
		if (this.#token === null || !candidate || candidate.length !== this.#token.length) return false;
		let diff = 0;
		for (let i = 0; i < candidate.length; i++) diff |= candidate.charCodeAt(i) ^ this.#token.charCodeAt(i);
		return diff === 0;
	}

	spend(): void {
		this.#token = null;
	}
}
