import type { Cookies } from '@sveltejs/kit';
import { oneUseCookie } from './one-use-cookie.ts';

export const PROVIDER_LOGOUT_PATH = '/logout/provider';

/**
 * The ID token of a single sign-on, from the logout form to the page that sends the browser on
 * to the provider's logout. The form cannot redirect there itself: the Content-Security-Policy
 * allows forms to send (and be redirected) to this origin only.
 */
const cookie = oneUseCookie('pinnwand_oidc_logout', PROVIDER_LOGOUT_PATH, 60);

export const setPendingLogout = (cookies: Cookies, url: URL, idToken: string): void => cookie.set(cookies, url, idToken);

export const takePendingLogout = (cookies: Cookies, url: URL): string | undefined => cookie.take(cookies, url);
