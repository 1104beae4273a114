-- The ID token of a single sign-on stays with its session, so that logout can end the
-- provider's session as well (OpenID RP-Initiated Logout): on a shared Rathaus PC the next person
-- must not be signed in by the provider without a password.
ALTER TABLE `sessions` ADD `oidc_id_token` text;