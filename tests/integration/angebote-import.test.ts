import { describe, expect, it } from 'vitest';
import { api } from '../helpers/api.ts';
import { angeboteList, germanExcelCsv, uploadAngebote } from '../helpers/angebote-list.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';

const given = useServerWithFacilitator();

const upload = (buendnisId: string, bytes: Uint8Array, fields: Record<string, string> = {}) => uploadAngebote(given.server, given.facilitator.token, buendnisId, bytes, fields);

describe('importing a Kommune’s list of Angebote', () => {
	it('names the 5 faulty rows of 300 by row and column and writes nothing, then imports the fixed list whole', async () => {
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis Musterstadt' } })).body.id;
		const listed = async () => (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token: given.facilitator.token })).body.angebote;

		const preview = await upload(buendnis, germanExcelCsv(angeboteList()), { dryRun: '1' });
		expect(preview.status).toBe(200);
		expect(preview.body.rows).toBe(300);
		expect(preview.body.mapping.slice(0, 3)).toEqual(['title', 'provider', 'description']);
		expect(preview.body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`)).toEqual(['15:Titel', '78:Duldung', '151:Alter von', '202:Alter bis', '300:Sprachniveau']);

		const refused = await upload(buendnis, germanExcelCsv(angeboteList()));
		expect(refused.status).toBe(400);
		expect(refused.body.error.code).toBe('invalid_rows');
		expect(refused.body.error.problems).toHaveLength(5);
		expect(await listed()).toEqual([]);

		const imported = await upload(buendnis, germanExcelCsv(angeboteList(300, false)));
		expect(imported).toEqual({ status: 201, body: { imported: 300 } });
		const all = await listed();
		expect(all).toHaveLength(300);
		expect(all[0]).toMatchObject({ title: 'Sprachkurs 1', provider: 'VHS Musterstadt', access: { duldung: 'nein' }, categories: ['Sprache', 'Kinderbetreuung'] });
	});

	it('takes a mapping the facilitator changed, and refuses a mapping or a file it cannot use', async () => {
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis B' } })).body.id;
		const csv = germanExcelCsv([['VHS', 'Sprachcafé']], ['Spalte A', 'Spalte B']);
		const guessed = await upload(buendnis, csv, { dryRun: '1' });
		expect(guessed.body.mappingProblems).toEqual([
			{ field: 'title', code: 'required' },
			{ field: 'provider', code: 'required' }
		]);
		expect((await upload(buendnis, csv, { mapping: JSON.stringify(['provider', 'title']) })).body).toEqual({ imported: 1 });
		expect((await upload(buendnis, csv, { mapping: '["provider"]' })).body.error.fields).toEqual({ mapping: 'invalid' });
		expect((await upload(buendnis, csv, { mapping: '["provider", "gehalt"]' })).status).toBe(400);
		expect((await upload(buendnis, new Uint8Array())).body.error.fields).toEqual({ file: 'invalid' });
	});
});
