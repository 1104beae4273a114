/**
 * Expected failures of board operations are values, never throws: the UI turns `field` and `code`
 * into words, the server into a JSON error. Same shape as `Parsed` in src/lib/server/http/validation.ts.
 */
export type BoardErrorCode = 'required' | 'too_long' | 'invalid' | 'not_found';

export type BoardResult<T = void> =
	| { ok: true; value: T }
	| { ok: false; field: string; code: BoardErrorCode };

export type BoardFailure = Extract<BoardResult<unknown>, { ok: false }>;

export function ok(): BoardResult;
export function ok<T>(value: T): BoardResult<T>;
export function ok<T>(value?: T): BoardResult<T | undefined> {
	return { ok: true, value };
}

export function fail(field: string, code: BoardErrorCode): BoardFailure {
	return { ok: false, field, code };
}
