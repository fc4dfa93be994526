// ESLint: the recommended rules for JavaScript, TypeScript and Astro, plus one rule of the project's
// own: src/lib/ is pure logic (scoring, encoding, search handling) that runs anywhere, so it may not
// import React or Astro. `npm run lint`; .ci/run runs it too.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/', '.test-dist/', '.astro/', '.bench/', '.ci-results/', 'test-results/', 'playwright-report/', 'node_modules/'],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// The code marks what it leaves out on purpose with a leading underscore ({ summary: _summary, ...rest }).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['src/lib/**/*.{ts,tsx,js,mjs}'],
		
		
		
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'react',
								'react/*',
								'react-dom',
								'react-dom/*',
								'astro',
								'astro/*',
								'astro:*',
								'@astrojs/*',
								'**/*.astro',
								'**/*.tsx',
								'**/*.jsx',
							],
							message: 'src/lib/ is pure logic with no React or Astro: pass data in from the page or component instead.',
						},
					],
				},
			],
		},
	},
);
