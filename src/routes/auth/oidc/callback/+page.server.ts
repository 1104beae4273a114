import { error, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { createSession, generateSessionToken } from '$lib/server/identity/session';
import { oidcAccount } from '$lib/server/identity/oidc/accounts';
import { parseClaims } from '$lib/server/identity/oidc/claims';
import { takePendingLogin } from '$lib/server/identity/oidc/pending';
import { safeRedirect } from '$lib/safe-redirect';
import type { PageServerLoad } from './$types';

function refuse(reason: string): never {
	error(400, { message: reason, code: `oidc_${reason}` });
}

/**
 * The provider's answer. Anything that does not check out (no pending sign-in, another state,
 * nonce or verifier, a code used twice) ends here with 400 and no session; the pending cookie is
 * gone either way. A user who passes gets one of our sessions, exactly as after a password.
 */
export const load: PageServerLoad = async ({ url, cookies }) => {
	const { oidc, db, config, log } = appContext();
	if (!oidc || !config.oidc) error(404, { message: 'not_found', code: 'not_found' });
	const pending = takePendingLogin(cookies, url);
	if (!pending) refuse('invalid');
	const answer = await oidc.finish(publicOrigin(url), url.search, pending);
	if (!answer.ok) {
		log.warn('Single sign-on refused', { reason: answer.reason, code: answer.code });
		refuse(answer.reason);
	}
	const claims = parseClaims(answer.claims, config.oidc.groupsClaim);
	if (!claims) refuse('invalid');
	const account = oidcAccount(db, { issuer: config.oidc.issuer.href, creatorGroup: config.oidc.creatorGroup }, claims);
	if (!account.ok) {
		log.warn('Single sign-on refused', { reason: account.reason });
		refuse(account.reason);
	}
	if (account.created) log.info('Single sign-on: account created at first sign-in');
	const token = generateSessionToken();
	const session = createSession(db, token, { kind: 'user', userId: account.userId, oidcIdToken: answer.idToken });
	setSessionCookie(cookies, url, token, session.expiresAt);
	redirect(303, safeRedirect(pending.redirectTo));
};
