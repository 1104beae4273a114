import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../src/lib/server/identity/rate-limit.ts';

describe('FailureLimiter', () => {
	it('blocks a key after the limit of failures until the window has passed', () => {
		const limiter = new FailureLimiter(3, 60_000);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfter('a', 1000)).toBe(0);
			limiter.recordFailure('a', 1000);
		}
		expect(limiter.retryAfter('a', 1000)).toBe(60_000);
		expect(limiter.retryAfter('a', 31_000)).toBe(30_000);
		expect(limiter.retryAfter('b', 31_000)).toBe(0);
		expect(limiter.retryAfter('a', 61_000)).toBe(0);
	});

	it('forgets a key on reset, as after a successful login', () => {
		const limiter = new FailureLimiter(2, 60_000);
		limiter.recordFailure('a', 0);
		limiter.recordFailure('a', 0);
		expect(limiter.retryAfter('a', 0)).toBeGreaterThan(0);
		limiter.reset('a');
		expect(limiter.retryAfter('a', 0)).toBe(0);
	});

	it('starts a new window once the old one is over', () => {
		const limiter = new FailureLimiter(2, 1000);
		limiter.recordFailure('a', 0);
		limiter.recordFailure('a', 1500);
		expect(limiter.retryAfter('a', 1500)).toBe(0);
	});
});
