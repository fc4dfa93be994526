// The region pages' content: one entry per region id, pointing only at things that exist, sourced.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/lib/vocabulary';
import { journeyText } from '../../src/translations/en/journey';
import { faq, regionPages, settings, sources } from '../helpers/site-content';

const sourceIds = new Set(sources.map((s) => s.id));
const settingIds = new Set(settings.map((s) => s.id));
const faqIds = new Set(faq.map((f) => f.id));

describe('region pages', () => {
	it('exist once for every region id, and for nothing else', () => {
		expect(regionPages.map((r) => r.id).sort()).toEqual([...REGIONS].sort());
	});

	it.each(regionPages.map((r) => [r.id, r] as const))('%s names only settings, questions and sources that exist', (_id, page) => {
		expect(page.data.actions.filter((a) => !settingIds.has(a))).toEqual([]);
		expect(page.data.faq.filter((f) => !faqIds.has(f))).toEqual([]);
		const cited = [...page.data.sources, ...page.data.metaLinks.map((l) => l.source), ...page.data.authorities.map((a) => a.source)];
		expect(cited.filter((s) => !sourceIds.has(s))).toEqual([]);
	});

	it.each(regionPages.map((r) => [r.id, r] as const))(
		'%s links at least one of Meta’s own pages, through its actions or its own links',
		(_id, page) => {
			const actionLinks = page.data.actions.flatMap((a) => settings.find((s) => s.id === a)?.data.links ?? []);
			const urls = [...actionLinks, ...page.data.metaLinks].map((l) => new URL(l.url).hostname);
			expect(urls.some((host) => /(^|\.)(facebook|instagram|meta)\.com$/.test(host))).toBe(true);
		},
	);

	it('offer the objection helper only where the objection form is an action, and say what is known there', () => {
		for (const page of regionPages) {
			if (!page.data.objectionHelper) continue;
			expect(page.data.actions[0], page.id).toMatch(/^object-to-ai-training/);
			expect(journeyText.helper.notes[page.id]?.length, page.id).toBeGreaterThan(0);
		}
		expect(
			regionPages
				.filter((p) => p.data.objectionHelper)
				.map((p) => p.id)
				.sort(),
		).toEqual(['brazil', 'eu-eea', 'uk']);
	});

	it('cite every source the helper notes name', () => {
		const cites = Object.values(journeyText.helper.notes)
			.flat()
			.flatMap((n) => (n.cite ? [n.cite] : []));
		expect(cites.filter((c) => !sourceIds.has(c))).toEqual([]);
	});

	it('say that the sources are unclear for Switzerland', () => {
		const ch = regionPages.find((r) => r.id === 'switzerland')!;
		expect(`${ch.data.lines.join(' ')} ${ch.body}`).toMatch(/unclear/i);
	});
});

describe('setting links and step sources', () => {
	it.each(settings.filter((s) => s.data.links || s.data.stepsSource).map((s) => [s.id, s] as const))(
		'%s points its links and steps at sources it lists',
		(_id, setting) => {
			for (const link of setting.data.links ?? []) {
				expect(sourceIds.has(link.source), link.source).toBe(true);
				expect(setting.data.sources, link.source).toContain(link.source);
			}
			if (setting.data.stepsSource) expect(setting.data.sources).toContain(setting.data.stepsSource);
		},
	);
});
