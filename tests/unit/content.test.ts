import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content-integrity';
import { changes, faq, guide, regionPages, settings, sitePages, sources, tips, proseFiles } from '../helpers/site-content';

const ref = (collection: string) => (f: { id: string; data: object }) => ({ collection, id: f.id, data: f.data });

describe('the guide content', () => {
	it('has the seven sections in the order of the outline', () => {
		expect(guide.map((g) => g.id)).toEqual([
			'data-usage-control',
			'privacy-implications',
			'algorithm-personalization',
			'feature-access-limitation',
			'user-consent-management',
			'transparency-policies',
			'impact-on-ai-training',
		]);
	});

	it('has a conclusion and an about page', () => {
		expect(sitePages.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['about', 'conclusion']));
	});

	it('has no cross-collection problems (unknown sources, bad related links)', () => {
		const problems = findContentProblems({
			sourceIds: sources.map((s) => s.id),
			sources: sources.map((s) => ({ id: s.id, data: s.data })),
			guide: guide.map(ref('guide')),
			faq: faq.map(ref('faq')),
			tips: tips.map(ref('tips')),
			settings: settings.map(ref('settings')),
			pages: sitePages.map(ref('pages')),
		});
		expect(problems).toEqual([]);
	});

	it('cites only sources that the page lists in its frontmatter', () => {
		const unlisted = [...guide, ...sitePages].flatMap((page) =>
			[...page.body.matchAll(/<Cite\s+id="([^"]+)"/g)]
				.map((m) => m[1]!)
				.filter((id) => !page.data.sources.includes(id))
				.map((id) => `${page.file} cites ${id}`),
		);
		expect(unlisted).toEqual([]);
	});

	it('has at least one citation in every guide section', () => {
		const uncited = guide.filter((g) => !/<Cite\s+id="/.test(g.body)).map((g) => g.file);
		expect(uncited).toEqual([]);
	});
});

describe('the FAQ', () => {
	it('has at least 16 questions', () => {
		expect(faq.length).toBeGreaterThanOrEqual(16);
	});

	it('has no two questions with the same wording', () => {
		const questions = faq.map((f) => f.data.question.toLowerCase());
		expect(new Set(questions).size).toBe(questions.length);
	});

	it('answers the questions the seed article asks and the ones users ask most', () => {
		const ids = faq.map((f) => f.id);
		for (const id of [
			'what-data-does-the-opt-out-cover',
			'does-opting-out-stop-all-data-collection',
			'how-do-i-opt-out',
			'can-i-undo-my-objection',
			'will-opting-out-change-my-feed',
			'which-laws-give-me-the-right-to-object',
			'are-my-dms-used',
			'i-live-in-the-us-can-i-opt-out',
			'can-i-turn-off-meta-ai',
			'does-a-private-account-stop-ai-training',
			'does-objecting-remove-data-already-used',
			'do-i-object-once-or-per-account',
			'what-about-photos-of-me-others-post',
			'does-it-apply-to-teens',
			'do-i-do-not-give-permission-posts-work',
		]) {
			expect(ids).toContain(id);
		}
	});
});

describe('the tips', () => {
	it('has the six tips, numbered 1 to 6', () => {
		expect(tips.map((t) => t.data.order).sort()).toEqual([1, 2, 3, 4, 5, 6]);
	});
});

describe('the sources', () => {
	it('are all cited by at least one page', () => {
		const cited = new Set([...guide, ...faq, ...tips, ...settings, ...sitePages, ...changes, ...regionPages].flatMap((f) => f.data.sources));
		expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.file)).toEqual([]);
	});

	// Meta serves every version of a policy, for each region, at the same address; a version is
	// the address plus who published it (the controller) and its date.
	it('do not list the same document version twice', () => {
		const urls = sources.map((s) => `${s.data.url.replace(/\/$/, '')} ${s.data.publisher} ${s.data.published}`);
		const repeated = urls.filter((u, i) => urls.indexOf(u) !== i);
		expect(repeated).toEqual([]);
	});
});

describe('the writing', () => {
	// The seed article is machine-paraphrased; we take its outline, never its sentences.
	// tests/fixtures/seed/ holds an unchanged copy of the team's seed article (shared/seed/meta-ai-instagram-opt-out.txt,
	// as handed to the project on 2026-12-02), kept in the repository so this check runs on any fresh clone.
	const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
	const seedWords = words(readFileSync('tests/fixtures/seed/meta-ai-instagram-opt-out.txt', 'utf8'));
	const seedRuns = new Set(seedWords.slice(0, -7).map((_, i) => seedWords.slice(i, i + 8).join(' ')));

	it('shares no run of eight words with the seed article', () => {
		const copied = proseFiles.flatMap(({ file, text }) => {
			const w = words(text);
			return w
				.slice(0, -7)
				.map((_, i) => w.slice(i, i + 8).join(' '))
				.filter((run) => seedRuns.has(run))
				.map((run) => `${file}: "${run}"`);
		});
		expect(copied).toEqual([]);
	});
});

describe('the reading level', () => {
	it('is grade 9 or lower (Flesch-Kincaid) on every page a reader sees', async () => {
		const { fleschKincaid, proseOf } = await import('../../src/lib/readability');
		const { faq: f, guide: g, settings: s, sitePages: p, tips: t } = await import('../helpers/site-content');
		const tooHard = [...g, ...p, ...f, ...t, ...s]
			.map((file) => ({ file: file.file, grade: fleschKincaid(proseOf(file.body)).grade }))
			.filter(({ grade }) => grade > 9)
			.map(({ file, grade }) => `${file}: grade ${grade}`);
		expect(tooHard).toEqual([]);
	});
});
