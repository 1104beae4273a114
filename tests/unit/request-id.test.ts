import { describe, expect, it } from 'vitest';
import { requestId } from '../../src/lib/server/observability/request-id.ts';

describe('requestId', () => {
	it("keeps the proxy's id when it looks like one (nginx $request_id, a UUID)", () => {
		expect(requestId('4f1d2c3b5a6e7f8091a2b3c4d5e6f708')).toBe('4f1d2c3b5a6e7f8091a2b3c4d5e6f708');
		expect(requestId('0b6e6c4e-2f7a-4d8e-9a1b-3c5d7e9f1a2b')).toBe('0b6e6c4e-2f7a-4d8e-9a1b-3c5d7e9f1a2b');
	});

	it('makes a new one when there is none, or when it could forge a log line or carry data', () => {
		for (const sent of [null, '', 'kurz', '"} {"level":"error', 'anna@kommune.example', 'x'.repeat(129)]) {
			expect(requestId(sent)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
		}
	});
});
