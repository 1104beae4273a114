import { describe, expect, it } from 'vitest';
import { foldLine, icsText, renderIcs } from '../../src/lib/server/export/ics.ts';
import type { WorkshopReport } from '../../src/lib/server/export/report.ts';
import { sampleReport } from '../helpers/sample-report.ts';

/** Content lines after unfolding (RFC 5545, 3.1), as name (with parameters) and raw value. */
function unfold(ics: string): [string, string][] {
	return ics
		.replace(/\r\n /g, '')
		.split('\r\n')
		.filter(Boolean)
		.map((line) => {
			const colon = line.indexOf(':');
			return [line.slice(0, colon), line.slice(colon + 1)];
		});
}

function events(ics: string): Map<string, string>[] {
	const out: Map<string, string>[] = [];
	let current: Map<string, string> | null = null;
	for (const [name, value] of unfold(ics)) {
		if (name === 'BEGIN' && value === 'VEVENT') current = new Map();
		else if (name === 'END' && value === 'VEVENT') {
			out.push(current!);
			current = null;
		} else current?.set(name, value);
	}
	return out;
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

const report: WorkshopReport = sampleReport({ cards: 20, clusters: 4, actions: 8 });
report.actions[0]!.title = 'Runder Tisch; Sprache, Wohnen \\ Ämter – mit Олена Коваленко und Kübra Öztürk (مرحبا بكم)';
report.actions[0]!.notes = 'Zeile eins\nZeile zwei';
report.actions[1]!.due = '2025-12-31';

describe('ICS for the Maßnahmenplan', () => {
	const ics = renderIcs(report, { locale: 'de' });

	it('is a calendar with CRLF line ends and lines of at most 75 octets', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = ics.split('\r\n');
		expect(lines.some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
		for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('has one all-day event per action item with a Frist, and none for those without', () => {
		const withDue = report.actions.filter((action) => action.due);
		expect(withDue.length).toBeLessThan(report.actions.length);
		const found = events(ics);
		expect(found).toHaveLength(withDue.length);
		withDue.forEach((action, i) => {
			const event = found[i]!;
			expect(event.get('DTSTART;VALUE=DATE')).toBe(action.due!.replaceAll('-', ''));
			expect(unescapeText(event.get('SUMMARY')!)).toBe(action.title);
			expect(event.get('DTSTAMP')).toBe('20250314T093000Z');
			const description = unescapeText(event.get('DESCRIPTION')!);
			expect(description).toContain(`Verantwortlich: ${action.owner}`);
			expect(description).toContain(`Kontakt: ${action.contact}`);
			expect(description).toMatch(/Status: (offen|in Arbeit|stockt: .+|erledigt)/);
		});
		expect(found[0]!.get('DTEND;VALUE=DATE')).toBe('20250402');
		expect(found[1]!.get('DTEND;VALUE=DATE')).toBe('20260101');
	});

	it('keeps each event UID stable across exports and unique per action and workshop', () => {
		const again = renderIcs({ ...report, generatedAt: '2026-01-01T00:00:00.000Z' }, { locale: 'en' });
		const uids = events(ics).map((event) => event.get('UID'));
		expect(events(again).map((event) => event.get('UID'))).toEqual(uids);
		expect(new Set(uids).size).toBe(uids.length);
		expect(uids[0]).toBe(`${report.actions[0]!.id}.${report.workshop.id}@pinnwand`);
		const other = renderIcs({ ...report, workshop: { ...report.workshop, id: 'other' } }, { locale: 'de' });
		expect(events(other)[0]!.get('UID')).not.toBe(uids[0]);
	});

	it('escapes backslash, semicolon, comma and line breaks in text', () => {
		expect(icsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
		expect(ics).toContain('Runder Tisch\\; Sprache\\, Wohnen \\\\ Ämter');
		expect(unescapeText(events(ics)[0]!.get('DESCRIPTION')!)).toContain('Notizen: Zeile eins\nZeile zwei');
	});

	it('folds by octets without splitting a multi-byte character', () => {
		for (const text of ['ü'.repeat(100), 'Олена '.repeat(30), '😀'.repeat(40), 'a'.repeat(200)]) {
			const folded = foldLine(`SUMMARY:${text}`);
			const parts = folded.split('\r\n');
			expect(parts.length).toBeGreaterThan(1);
			parts.forEach((part, i) => {
				expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
				if (i > 0) expect(part.startsWith(' ')).toBe(true);
				expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
				expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
			});
			expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${text}`);
		}
		expect(foldLine('SHORT:line')).toBe('SHORT:line');
	});
});
