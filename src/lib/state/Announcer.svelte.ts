/**
 * One polite live region per page: what just happened, for screen readers ("Karte verschoben nach
 * Thema X"). Saying the same words twice is announced twice.
 */
export class Announcer {
	#message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	get message(): string {
		return this.#message;
	}

	say(message: string): void {
		clearTimeout(this.#timer);
		this.#message = '';
		// A changed text is what makes screen readers speak; clearing first lets a repeat count.
		this.#timer = setTimeout(() => (this.#message = message), 50);
	}
}
