import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUIZ_UI_TEXT } from '../../../src/components/quiz/ui-text';
import { QUESTION_TEXT, QUESTIONS, withText } from '../../../src/lib/quiz/question-text';
import { QUESTION_SPECS } from '../../../src/lib/quiz/questions';

describe('The quiz question text', () => {
	it('has a prompt for every question and a label for every option of the structure', () => {
		for (const spec of QUESTION_SPECS) {
			const text = QUESTION_TEXT[spec.id];
			expect(text?.prompt.trim(), spec.id).toBeTruthy();
			for (const option of spec.options) {
				expect(text?.options[option.id]?.label.trim(), `${spec.id}: ${option.id}`).toBeTruthy();
			}
		}
	});

	it('has no words for a question or option the structure does not have', () => {
		const specs = new Map(QUESTION_SPECS.map((q) => [q.id, q]));
		for (const [id, text] of Object.entries(QUESTION_TEXT)) {
			const spec = specs.get(id);
			expect(spec, id).toBeDefined();
			const optionIds = spec?.options.map((o) => o.id) ?? [];
			for (const optionId of Object.keys(text.options)) expect(optionIds, id).toContain(optionId);
		}
	});

	it('gives every question the structure and words of the same id, in the order asked', () => {
		expect(QUESTIONS.map((q) => q.id)).toEqual(QUESTION_SPECS.map((q) => q.id));
		QUESTIONS.forEach((question, i) => {
			const spec = QUESTION_SPECS[i]!;
			expect(question.kind, question.id).toBe(spec.kind);
			expect(question.showIf, question.id).toBe(spec.showIf);
			expect(
				question.options.map((o) => o.id),
				question.id,
			).toEqual(spec.options.map((o) => o.id));
			expect(question.prompt, question.id).toBe(QUESTION_TEXT[question.id]!.prompt);
		});
	});

	it('refuses to join a question that has no words, so the quiz page fails to build instead', () => {
		const { pay: _pay, ...withoutPay } = QUESTION_TEXT;
		expect(() => withText(QUESTION_SPECS, withoutPay)).toThrow(/pay/);
		const region = QUESTION_TEXT['region']!;
		const { uk: _uk, ...otherRegions } = region.options;
		expect(() => withText(QUESTION_SPECS, { ...QUESTION_TEXT, region: { ...region, options: otherRegions } })).toThrow(/region=uk/);
	});

	it('has no empty sentence or label among the island labels', () => {
		const values = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(values));
		for (const text of values(QUIZ_UI_TEXT)) expect(text.trim()).not.toBe('');
	});
});

describe('The quiz island bundle', () => {
	const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
	const islandFiles = [
		...readdirSync(new URL('../../../src/components/quiz/', import.meta.url))
			.filter((name) => /\.tsx?$/.test(name) && name !== 'ui-text.ts')
			.map((name) => `src/components/quiz/${name}`),
		...readdirSync(new URL('../../../src/lib/quiz/', import.meta.url))
			.filter((name) => name.endsWith('.ts') && !['question-text.ts', 'load-catalogue.ts'].includes(name))
			.map((name) => `src/lib/quiz/${name}`),
	];

	it.each(islandFiles)('%s never imports the question text, which reaches the island as a prop', (file) => {
		expect(read(file)).not.toMatch(/from '[^']*question-text'/);
	});

	it.each(islandFiles)('%s never imports the plan templates, which reach the island as a prop', (file) => {
		expect(read(file)).not.toMatch(/from '[^']*templates\/[^']*'/);
	});

	/** Every file the island's JavaScript can load: what QuizIsland.tsx imports as a value, and on, lazy imports included. */
	function islandBundle(): string[] {
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const resolveImport = (from: string, spec: string) =>
			['', '.ts', '.tsx', '/index.ts']
				.map((end) => resolve(dirname(from), spec + end))
				.find((path) => existsSync(path) && !path.endsWith('/'));
		const seen = new Set<string>();
		const queue = [join(root, 'src/components/quiz/QuizIsland.tsx')];
		while (queue.length > 0) {
			const file = queue.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			if (!/\.(ts|tsx|mjs|js)$/.test(file)) continue;
			const text = readFileSync(file, 'utf8');
			const specs = [
				// import x from '…', import { a, type B } from '…' (not import type), export … from '…'
				...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)'/gm)].map((m) => m[1]!),
				// import '…' (side effects, styles) and import('…') (lazy chunks)
				...[...text.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => m[1]!),
				...[...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
			];
			for (const spec of specs.filter((s) => s.startsWith('.'))) {
				const target = resolveImport(file, spec);
				if (target) queue.push(target);
			}
		}
		return [...seen].map((path) => relative(root, path)).sort();
	}

	it('loads no words, in any language, and nothing from the build scripts: one bundle for every language', () => {
		const bundle = islandBundle();
		// The walk works: it reaches the lazy plan screen, the session and the plan's rendering.
		expect(bundle).toEqual(
			expect.arrayContaining([
				'src/components/quiz/PlanView.tsx',
				'src/components/quiz/session.ts',
				'src/lib/quiz/render.ts',
			]),
		);
		const words = bundle.filter(
			(file) =>
				/^src\/lib\/quiz\/(words|templates)\//.test(file) ||
				/^src\/lib\/quiz\/question-text\.ts$/.test(file) ||
				/^src\/components\/quiz\/ui-text\.ts$/.test(file) ||
				file.startsWith('src/translations/') ||
				file.startsWith('scripts/') ||
				file === 'src/lib/i18n/locales.ts' ||
				file === 'src/lib/settings-display.ts',
		);
		expect(words, `the island bundle would carry:\n${words.join('\n')}`).toEqual([]);
	});

	it.each(islandFiles)('%s imports only the type of the island labels, which reach the island as a prop', (file) => {
		for (const line of read(file)
			.split('\n')
			.filter((l) => /from '[^']*ui-text'/.test(l))) {
			expect(line, file).toMatch(/^import type /);
		}
	});
});
