import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/lib/server/db/open.ts';
import { markFeedbackDone, openFeedback, purgeOldFeedback, storeFeedback } from '../../src/lib/server/legal/feedback.ts';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let database: OpenDatabase;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-feedback-'));
	database = openDatabase(path.join(dir, 'pinnwand.sqlite'));
});

afterEach(() => {
	database.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('accessibility feedback', () => {
	it('is deleted, done or not, once it is older than RETENTION_DAYS, and kept until then', () => {
		const now = Date.now();
		const at = (daysAgo: number, message: string) => storeFeedback(database.db, { message, contact: 'kaya@example.org', page: '' }, new Date(now - daysAgo * DAY));
		const old = at(31, 'alt');
		at(32, 'alt und offen');
		at(29, 'neu');
		markFeedbackDone(database.db, old.id);

		expect(purgeOldFeedback(database.db, 30, now)).toBe(2);
		expect(openFeedback(database.db).map((f) => f.message)).toEqual(['neu']);
	});

	it('is marked done only once', () => {
		const feedback = storeFeedback(database.db, { message: 'Kontrast zu schwach', contact: '', page: '/w/abc' });
		expect(markFeedbackDone(database.db, feedback.id)).toBe(true);
		expect(markFeedbackDone(database.db, feedback.id)).toBe(false);
		expect(openFeedback(database.db)).toEqual([]);
	});
});
