/**
 * Websocket close codes the room uses. 4400–4499 mirror HTTP 4xx: the stock y-websocket client
 * treats them as final and stops reconnecting; every other code makes it reconnect.
 */
export const CloseCode = {
	/** Unsupported data: a text frame or a message type the protocol does not know. */
	UNSUPPORTED: 1003,
	/** A binary message that does not decode as what its type announces. */
	MALFORMED: 1007,
	/** Policy violation: the per-connection message rate cap was exceeded. */
	POLICY: 1008,
	/** A frame over the size cap (sent by `ws` itself through `maxPayload`). */
	TOO_BIG: 1009,
	/** A fault on our side; the client may reconnect. */
	INTERNAL: 1011,
	/** The server restarts; clients reconnect on their own. */
	RESTART: 1012,
	/** Overloaded or the document could not be loaded; try again later. */
	TRY_AGAIN: 1013,
	/** No valid session: missing, unknown or expired. */
	NO_SESSION: 4401,
	/** A valid session without access to this workshop, an unknown workshop or a foreign Origin. */
	NO_ACCESS: 4403,
	/** The workshop was deleted while the socket was open. */
	GONE: 4404
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
