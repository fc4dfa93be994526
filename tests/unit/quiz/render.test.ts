/**
 * Rendering the plan's codes into sentences: lists and plurals come from Intl in the templates'
 * locale, every code has an English template, and a translation can copy the English file.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONAL_FACTS } from '../../../src/lib/quiz/regional-facts';
import { fillTemplate, list, monthYear, renderNotice, renderReason, renderSummary } from '../../../src/lib/quiz/render';
import { QUIZ_TEMPLATES_EN as EN } from '../../../src/lib/quiz/templates/en';

const name = (id: string) => ({ a: 'Setting A', b: 'Setting B' })[id] ?? id;

describe('Rendering the plan', () => {
	it('joins lists and picks plurals with Intl, in the locale of the templates', () => {
		expect(renderReason({ code: 'worries', worries: ['ai-posts'] }, EN, name)).toBe(
			'Because you said AI training on your posts and photos worries you.',
		);
		expect(renderReason({ code: 'worries', worries: ['ai-posts', 'tracking', 'my-data'] }, EN, name)).toBe(
			'Because you said AI training on your posts and photos, tracking from other sites and apps and not knowing what Meta keeps about you worry you.',
		);
		const german = { ...EN, locale: 'de' };
		expect(list(['A', 'B', 'C'], german.locale)).toBe('A, B und C');
	});

	it('names the settings a reason or notice points to', () => {
		expect(renderReason({ code: 'folded', items: ['a', 'b'] }, EN, name)).toMatch(/Setting A and Setting B\.$/);
		expect(renderNotice({ code: 'no-form', regions: ['eu-eea', 'uk'], items: ['a'] }, EN, name)).toMatch(
			/only to people in the EU\/EEA and the UK\. What your plan offers instead: Setting A\.$/,
		);
	});

	it('says nothing about alternatives when the plan offers none', () => {
		expect(renderNotice({ code: 'no-form', regions: ['uk'], items: [] }, EN, name)).toMatch(/the UK\.$/);
	});

	it('flags a reported fact as reported, and dates it in words', () => {
		const text = renderNotice({ code: 'fact', fact: 'uk-teens', asOf: '2024-09-13', certainty: 'reported' }, EN, name);
		expect(text).toMatch(/^Reported: When Meta restarted AI training in the UK in September 2024/);
		expect(monthYear('2026-03', 'en-GB')).toBe('March 2026');
	});

	it('counts the steps in the summary', () => {
		expect(renderSummary('plan', 1, EN)).toMatch(/^1 step for you/);
		expect(renderSummary('plan', 4, EN)).toMatch(/^4 steps for you/);
	});

	it('leaves an unknown placeholder visible rather than inventing words', () => {
		expect(fillTemplate('Hello {who}', {})).toBe('Hello {who}');
	});

	it('has an English template for every regional fact', () => {
		for (const fact of REGIONAL_FACTS) expect(EN.facts[fact.id], fact.id).toBeTruthy();
		expect(Object.keys(EN.facts).sort()).toEqual(REGIONAL_FACTS.map((f) => f.id).sort());
	});
});

describe('Regional facts', () => {
	const sourceIds = new Set(readdirSync(new URL('../../../content/sources/', import.meta.url)).map((f) => f.replace(/\.ya?ml$/, '')));
	it.each(REGIONAL_FACTS.map((f) => [f.id, f] as const))('%s cites sources that exist, with a date and research-note ids', (_, fact) => {
		expect(fact.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
		expect(fact.facts.length).toBeGreaterThan(0);
		if (fact.certainty !== 'unclear') expect(fact.sources.length).toBeGreaterThan(0);
		for (const id of fact.sources) expect(sourceIds.has(id), id).toBe(true);
	});
});
