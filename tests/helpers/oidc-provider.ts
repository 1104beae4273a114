import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the test provider says about one of its users; the login name is the subject. */
export interface TestAccount {
	email?: string;
	email_verified?: boolean;
	name?: string;
	groups?: string[];
}

export interface TestProvider {
	/** http://127.0.0.1:PORT, known before the app starts. */
	issuer: string;
	/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for the app. */
	env: Record<string, string>;
	/** Registers the apps' callbacks; call once they listen, before the first sign-in. */
	register(appUrls: string[]): void;
	close(): Promise<void>;
}

const CLIENT_ID = 'pinnwand';
const CLIENT_SECRET = 'test-client-secret-0123456789';

/**
 * A real OpenID Provider (panva's oidc-provider, certified) on a free port, with its development
 * login form (any password) and consent page. It listens before it is configured, because its
 * issuer must be in the app's environment and the app's callback is only known once the app listens.
 */
export async function startTestProvider(accounts: Record<string, TestAccount>): Promise<TestProvider> {
	let handle: http.RequestListener = (_request, response) => response.writeHead(503).end('not registered yet');
	const server = http.createServer((request, response) => handle(request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		issuer,
		env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET },
		register(appUrls) {
			const provider = new Provider(issuer, {
				clients: [
					{
						client_id: CLIENT_ID,
						client_secret: CLIENT_SECRET,
						redirect_uris: appUrls.map((url) => `${url}/auth/oidc/callback`),
						post_logout_redirect_uris: appUrls.map((url) => `${url}/login`),
						response_types: ['code'],
						grant_types: ['authorization_code'],
						token_endpoint_auth_method: 'client_secret_basic'
					}
				],
				claims: { email: ['email', 'email_verified'], profile: ['name', 'groups'] },
				findAccount: (_ctx, id) => {
					const account = accounts[id];
					return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
				},
				cookies: { keys: ['test-provider-cookie-key'] },
				ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
				features: { devInteractions: { enabled: true } }
			});
			handle = provider.callback();
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
