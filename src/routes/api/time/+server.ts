import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The server clock, for clients to show the timer as every other screen does (clock-offset.ts). */
export const GET: RequestHandler = () => json({ now: Date.now() }, { headers: { 'cache-control': 'no-store' } });
