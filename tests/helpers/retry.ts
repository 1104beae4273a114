/**
 * Retries an assertion until it holds or the time is up, then throws its last error: tests wait
 * for what they expect instead of sleeping.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await assertion();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
		}
	}
}
