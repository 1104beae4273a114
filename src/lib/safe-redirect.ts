/** Only same-site paths, so that no form or link can be used to send people elsewhere. */
export function safeRedirect(target: unknown, fallback = '/'): string {
	return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
		? target
		: fallback;
}
