/** The cookies one site set, kept the way a browser would for requests made with fetch. */
export class CookieJar {
	readonly #cookies = new Map<string, string>();

	store(response: Response): void {
		for (const line of response.headers.getSetCookie()) {
			const [pair = '', ...attributes] = line.split(';');
			const at = pair.indexOf('=');
			const name = pair.slice(0, at).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || attributes.some((a) => /^\s*expires=.*1970/i.test(a));
			if (expired) this.#cookies.delete(name);
			else this.#cookies.set(name, pair.slice(at + 1).trim());
		}
	}

	get(name: string): string | undefined {
		return this.#cookies.get(name);
	}

	set(name: string, value: string): void {
		this.#cookies.set(name, value);
	}

	header(): string {
		return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}
}
