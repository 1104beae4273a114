import type { RunningServer } from './server.ts';

/** A Kommune's list of Angebote as its Excel has it, for the import tests. */
export const ANGEBOTE_HEADERS = ['Titel', 'Träger', 'Beschreibung', 'Alter von', 'Alter bis', 'Aufenthaltsgestattung', 'Duldung', 'Aufenthaltserlaubnis', 'Anerkannt', 'Sprachniveau', 'Ortsteil', 'Kosten', 'Plätze', 'Ansprechperson', 'Webseite', 'Themen'];

function row(i: number): string[] {
	return [`Sprachkurs ${i}`, 'VHS Musterstadt', 'Abends, mit Kinderbetreuung; zwei Gruppen', '16', '27', 'ja', i % 2 ? 'nein' : 'x', 'ja', 'ja', 'A2', 'Innenstadt', 'kostenlos', '12', 'kaya@vhs.example', 'www.vhs-musterstadt.de/sprache', 'Sprache; Kinderbetreuung'];
}

/** `count` Angebote; with `faulty`, five of 300 are wrong (spreadsheet rows 15, 78, 151, 202, 300). */
export function angeboteList(count = 300, faulty = true): string[][] {
	const rows = Array.from({ length: count }, (_, i) => row(i + 1));
	if (faulty) {
		rows[13]![0] = '';
		rows[76]![6] = 'vielleicht';
		rows[149]![3] = 'sechzehn';
		rows[200]![3] = '30';
		rows[298]![9] = 'B3';
	}
	return rows;
}

/** Excel's "CSV (Trennzeichen-getrennt)": semicolons, quotes where needed, CRLF, Windows-1252. */
export function germanExcelCsv(rows: string[][], headers = ANGEBOTE_HEADERS): Uint8Array {
	const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
	const text = [headers, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0)!;
		// Latin-1 and Windows-1252 agree on the umlauts and ß; the test list holds nothing else.
		if (code > 0xff) throw new Error(`not in Windows-1252: ${char}`);
		bytes.push(code);
	}
	return new Uint8Array(bytes);
}

/**
 * Posts a list to the import API as a file upload; `dryRun: '1'` only checks it. Onto a
 * Bündnis' list, or with `list: 'workshops'` onto a workshop's own.
 */
export async function uploadAngebote(
	server: RunningServer,
	token: string,
	ownerId: string,
	bytes: Uint8Array,
	fields: Record<string, string> = {},
	list: 'buendnisse' | 'workshops' = 'buendnisse'
) {
	const form = new FormData();
	form.set('file', new File([new Uint8Array(bytes)], 'angebote.csv', { type: 'text/csv' }));
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	const res = await fetch(`${server.url}/api/${list}/${ownerId}/angebote/import`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, origin: server.url },
		body: form
	});
	return { status: res.status, body: await res.json() };
}
