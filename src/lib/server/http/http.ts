import { json } from '@sveltejs/kit';
import type { GenericSchema, InferOutput } from 'valibot';
import { appContext } from '../context.ts';
import { parse, type FieldErrors } from './validation.ts';

export type ErrorCode =
	| 'invalid_json'
	| 'invalid_input'
	| 'payload_too_large'
	| 'unauthorized'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'rate_limited'
	| (string & {});

/** The error body of the contract: {"error": {"code", "message"}}, plus field errors if any. */
export function jsonError(
	status: number,
	code: ErrorCode,
	message: string,
	extra: { fields?: FieldErrors; headers?: Record<string, string> } = {}
): Response {
	const error: Record<string, unknown> = { code, message };
	if (extra.fields) error.fields = extra.fields;
	return json({ error }, { status, headers: extra.headers });
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Reads a JSON body within the size limit and parses it with the schema. */
export async function readJson<const S extends GenericSchema>(
	request: Request,
	schema: S
): Promise<BodyResult<InferOutput<S>>> {
	const limit = appContext().config.bodyLimitBytes;
	const raw = await readText(request, limit).catch(() => null);
	if (raw === null) {
		return { ok: false, response: jsonError(413, 'payload_too_large', `Request body over ${limit} bytes`) };
	}
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, response: jsonError(400, 'invalid_json', 'Request body is not valid JSON') };
	}
	const parsed = parse(schema, data);
	if (!parsed.ok) {
		const summary = Object.entries(parsed.errors)
			.map(([field, code]) => `${field}: ${code}`)
			.join(', ');
		return {
			ok: false,
			response: jsonError(400, 'invalid_input', `Invalid input (${summary})`, { fields: parsed.errors })
		};
	}
	return { ok: true, value: parsed.value };
}

async function readText(request: Request, limit: number): Promise<string | null> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The client address for rate limits; adapter-node knows it, behind a proxy via ADDRESS_HEADER. */
export function clientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * The origin for links that leave the screen (join URL, QR code): ORIGIN when configured,
 * otherwise the address this request came in on — on a Rathaus laptop without ORIGIN, the LAN
 * address the facilitator opened is the one the phones can reach.
 */
export function publicOrigin(url: URL): string {
	return appContext().config.origin ?? url.origin;
}
