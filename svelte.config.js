import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// Every page is rendered per request, so every response gets its own nonce; a page that
		// could not carry one (prerendered) would make the build fail instead of weakening this.
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets style attributes at runtime (transitions, bar widths); no inline scripts.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config(tsconfig) {
				tsconfig.include.push('../server/**/*.ts', '../bench/**/*.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
