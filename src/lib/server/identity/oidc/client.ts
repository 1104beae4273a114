import * as oidc from 'openid-client';
import type { OidcConfig } from '../../../../../server/config.ts';
import type { PendingLogin } from './pending.ts';

export const CALLBACK_PATH = '/auth/oidc/callback';
const SCOPE = 'openid email profile';

/** Why a callback did not sign anyone in: the provider said no, or its answer did not check out. */
export type CallbackFailure = 'denied' | 'invalid';

export type CallbackResult = { ok: true; claims: Record<string, unknown>; idToken: string } | { ok: false; reason: CallbackFailure; code: string };

/** Where the provider sends the browser back after its logout; registered with it as post-logout redirect URI. */
export const POST_LOGOUT_PATH = '/login';

/**
 * The relying party: authorization code flow with PKCE, state and nonce, as openid-client
 * (certified) implements it. Discovery happens at the first sign-in, not at start, so that a
 * provider that is down does not keep Pinnwand from starting; a failed discovery is tried again.
 */
export class OidcClient {
	readonly #settings: OidcConfig;
	#configuration: Promise<oidc.Configuration> | undefined;

	constructor(settings: OidcConfig) {
		this.#settings = settings;
	}

	#discover(): Promise<oidc.Configuration> {
		const { issuer, clientId, clientSecret } = this.#settings;
		// config.ts allows http only for a provider on this machine.
		const execute = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
		this.#configuration ??= oidc.discovery(issuer, clientId, undefined, oidc.ClientSecretBasic(clientSecret), { execute }).catch((error: unknown) => {
			this.#configuration = undefined;
			throw error;
		});
		return this.#configuration;
	}

	/** The provider's sign-in URL for this browser, and what the callback must check its answer against. */
	async start(origin: string, redirectTo: string): Promise<{ url: URL; pending: PendingLogin }> {
		const configuration = await this.#discover();
		const pending: PendingLogin = {
			codeVerifier: oidc.randomPKCECodeVerifier(),
			state: oidc.randomState(),
			nonce: oidc.randomNonce(),
			redirectTo
		};
		const url = oidc.buildAuthorizationUrl(configuration, {
			redirect_uri: origin + CALLBACK_PATH,
			scope: SCOPE,
			code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
			code_challenge_method: 'S256',
			state: pending.state,
			nonce: pending.nonce
		});
		return { url, pending };
	}

	/**
	 * Redeems the code, checking state, nonce, PKCE and the ID token, and returns the ID token's
	 * claims with the userinfo ones over them: many providers put email and groups only there.
	 */
	async finish(origin: string, search: string, pending: PendingLogin): Promise<CallbackResult> {
		try {
			const configuration = await this.#discover();
			const tokens = await oidc.authorizationCodeGrant(configuration, new URL(CALLBACK_PATH + search, origin), {
				pkceCodeVerifier: pending.codeVerifier,
				expectedState: pending.state,
				expectedNonce: pending.nonce,
				idTokenExpected: true
			});
			const idToken = tokens.claims()!;
			const userinfo = configuration.serverMetadata().userinfo_endpoint
				? await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
				: {};
			return { ok: true, claims: { ...idToken, ...userinfo }, idToken: tokens.id_token! };
		} catch (error) {
			if (error instanceof oidc.AuthorizationResponseError) return { ok: false, reason: 'denied', code: error.error };
			const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
			return { ok: false, reason: 'invalid', code };
		}
	}

	/**
	 * The provider's logout for a session that began with its ID token (RP-Initiated Logout), or
	 * null when it has none: the browser then only leaves Pinnwand. A provider that cannot be
	 * reached must not keep anyone signed in here, so that is null too, and logged.
	 */
	async logoutUrl(origin: string, idToken: string): Promise<URL | null> {
		const configuration = await this.#discover().catch(() => null);
		if (!configuration?.serverMetadata().end_session_endpoint) return null;
		return oidc.buildEndSessionUrl(configuration, { id_token_hint: idToken, post_logout_redirect_uri: origin + POST_LOGOUT_PATH });
	}
}
