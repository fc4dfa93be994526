import { describe, expect, it } from 'vitest';
import { findSettingLabelProblems, findSourceKindProblems, type EntryRef, type SourceRef } from '../../src/lib/content-integrity';
import { sourceSchema } from '../../src/schemas/source';
import { REGIONS } from '../../src/lib/vocabulary';
import { catalogueExpectations } from '../fixtures/catalogue-expectations';
import { settings } from '../helpers/site-content';

const sorted = <T extends string>(list: readonly T[]) => [...list].sort();

describe('the catalogue labels', () => {
	it('cover exactly the items in content/settings/', () => {
		expect(sorted(settings.map((s) => s.id))).toEqual(sorted(Object.keys(catalogueExpectations)));
	});

	// One message per difference, so a failing run says which item and field moved.
	it('match the expectations table for protects, regions and certainty', () => {
		const differences = settings.flatMap((item) => {
			const expected = catalogueExpectations[item.id];
			if (!expected) return [];
			const regions = expected.regions === 'everywhere' ? REGIONS : expected.regions;
			const out: string[] = [];
			if (sorted(item.data.protects).join() !== sorted(expected.protects).join())
				out.push(`${item.file}: protects [${item.data.protects}] but the table says [${expected.protects}]`);
			if (sorted(item.data.regions).join() !== sorted(regions).join())
				out.push(`${item.file}: regions [${item.data.regions}] but the table says [${regions}]`);
			if (item.data.certainty !== expected.certainty)
				out.push(`${item.file}: certainty ${item.data.certainty} but the table says ${expected.certainty}`);
			return out;
		});
		expect(differences).toEqual([]);
	});

	it('never list a numbered step that starts "Or instead" (other routes go in alternativeRoutes)', () => {
		const mixed = settings.flatMap((s) => s.data.steps.filter((step) => /^or\b/i.test(step)).map((step) => `${s.file}: "${step}"`));
		expect(mixed).toEqual([]);
	});
});

const primary: SourceRef = { id: 'meta-policy', data: { kind: 'primary', publisher: 'Meta', title: 'Privacy Policy', published: '2026-07-23' } };
const guide: SourceRef = { id: 'some-guide', data: { kind: 'secondary', publisher: 'A Guide Site', title: 'How to', published: '2025-05' } };
const item = (data: EntryRef['data']): EntryRef => ({ collection: 'settings', id: 'the-item', data });

describe('the label check', () => {
	it('refuses "documented" with no primary source, naming the file and the field', () => {
		const problems = findSettingLabelProblems([item({ certainty: 'documented', sources: ['some-guide'], stepsSource: 'some-guide' })], [primary, guide]);
		expect(problems).toEqual([
			'content/settings/the-item.md: field "certainty" is "documented", but none of its sources is primary (kind: primary); use "reported", or add Meta\'s own text to "sources"',
		]);
	});

	it('refuses "documented" when the steps do not say where they come from', () => {
		const problems = findSettingLabelProblems([item({ certainty: 'documented', sources: ['meta-policy'] })], [primary, guide]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/the-item\.md: field "certainty" is "documented", but "stepsSource" is missing/);
	});

	it('accepts "documented" with a primary source and steps from a named guide', () => {
		expect(findSettingLabelProblems([item({ certainty: 'documented', sources: ['meta-policy', 'some-guide'], stepsSource: 'some-guide' })], [primary, guide])).toEqual([]);
	});

	it('accepts "reported" with only secondary sources', () => {
		expect(findSettingLabelProblems([item({ certainty: 'reported', sources: ['some-guide'] })], [primary, guide])).toEqual([]);
	});

	it('refuses a steps or link source that the item does not list', () => {
		const problems = findSettingLabelProblems(
			[item({ certainty: 'reported', sources: ['some-guide'], stepsSource: 'meta-policy', links: [{ url: 'https://help.meta.com/', source: 'other' }] })],
			[primary, guide],
		);
		expect(problems).toEqual([
			'content/settings/the-item.md: field "stepsSource" names "meta-policy", which is not in its "sources" list',
			'content/settings/the-item.md: field "links[0].source" names "other", which is not in its "sources" list',
		]);
	});
});

describe('the source kind check', () => {
	it('refuses a reprint marked primary', () => {
		const reprint: SourceRef = { id: 'wired-gov', data: { kind: 'primary', publisher: 'ICO statement republished by Wired-Gov', title: 'ICO statement', published: '2025-09-29' } };
		expect(findSourceKindProblems([reprint])).toEqual([
			expect.stringMatching(/^content\/sources\/wired-gov\.yaml: field "kind" is "primary", but its publisher says it is a reprint/),
		]);
	});

	it('refuses Meta\'s own text marked secondary', () => {
		const meta: SourceRef = { id: 'meta-x', data: { kind: 'secondary', publisher: 'Meta', title: 'Help page', published: 'undated' } };
		expect(findSourceKindProblems([meta])).toHaveLength(1);
	});

	it('refuses a source dated after the evidence date, pointing at src/lib/evidence.ts', () => {
		const late: SourceRef = { id: 'late', data: { kind: 'secondary', publisher: 'Paper', title: 'News', published: '2026-10-01' } };
		expect(findSourceKindProblems([late])[0]).toMatch(/late\.yaml: field "published" is 2026-10-01, after EVIDENCE_RUNS_TO \(2026-08-22\) in src\/lib\/evidence\.ts/);
	});

	it('is refused by the schema when a source with an "original" says it is primary', () => {
		const result = sourceSchema.safeParse({
			publisher: 'News site',
			title: 'Statement',
			url: 'https://example.org/x',
			published: '2024-06',
			kind: 'primary',
			original: { publisher: 'Information Commissioner\'s Office (UK)', title: 'Statement' },
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['kind']);
		expect(result.error?.issues[0]?.message).toMatch(/kind must be "secondary"/);
	});
});
