// The change log's content and its checks: what /changes/ and /changes.xml promise a reader.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareChangesNewestFirst, findChangeProblems, type ChangeIndex } from '../../src/lib/change-integrity';
import { readableChangeDate } from '../../src/lib/change-display';
import { changeSchema } from '../../src/schemas/change';
import { sourceSchema } from '../../src/schemas/source';
import { readCollection } from '../helpers/content-files';
import { faq, guide, settings } from '../helpers/site-content';

const changes = readCollection('changes', '.md', changeSchema);
const sources = readCollection('sources', '.yaml', sourceSchema);

function index(overrides: Partial<ChangeIndex> = {}): ChangeIndex {
	return {
		changes: changes.map((c) => ({ id: c.id, data: c.data, body: c.body })),
		sources: sources.map((s) => ({ id: s.id, kind: s.data.kind })),
		entryIds: { guide: guide.map((g) => g.id), faq: faq.map((f) => f.id), settings: settings.map((s) => s.id) },
		fileExists: existsSync,
		...overrides,
	};
}

const valid = {
	title: 'Meta pauses its EU AI training plan',
	date: '2024-06-14',
	summary: 'Meta paused its plan after the Irish regulator asked it to delay.',
	kind: 'meta',
	certainty: 'documented',
	affects: ['/guide/impact-on-ai-training/'],
	regions: ['eu-eea'],
	lastVerified: '2026-12-02',
	sources: ['dpc-2025-05-statement-meta-ai'],
};

function messages(data: object): string {
	const result = changeSchema.safeParse(data);
	return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('the change log', () => {
	it('has about 20 to 40 entries running from March 2024 to the newest evidence (no later than August 2026)', () => {
		expect(changes.length).toBeGreaterThanOrEqual(20);
		expect(changes.length).toBeLessThanOrEqual(40);
		const dates = changes.map((c) => c.data.date).sort();
		expect(dates[0]).toBe('2024-03');
		expect(dates.at(-1)! <= '2026-08-22').toBe(true);
		expect(dates.at(-1)! >= '2026-07').toBe(true);
	});

	it('has no cross-collection problems (sources exist, certainty matches them, "reported" said, pages exist)', () => {
		expect(findChangeProblems(index())).toEqual([]);
	});

	it('sorts newest first, a month-only date after the days of that month', () => {
		const sorted = [...changes].sort(compareChangesNewestFirst).map((c) => c.data.date);
		expect(sorted).toEqual([...sorted].sort().reverse());
		const order = ['2024-03', '2024-03-15', '2025-01-02'].map((date, i) => ({ id: `${date}-x${i}`, data: { date } })).sort(compareChangesNewestFirst);
		expect(order.map((c) => c.data.date)).toEqual(['2025-01-02', '2024-03-15', '2024-03']);
	});

	it('shows a month-only date as a month, never as a made-up day', () => {
		expect(readableChangeDate('2024-03')).toBe('March 2024');
		expect(readableChangeDate('2025-05-21')).toBe('21 May 2025');
	});
});

describe('the change schema', () => {
	it('accepts a complete entry, and a date with only a month', () => {
		expect(messages(valid)).toBe('');
		expect(messages({ ...valid, date: '2024-03' })).toBe('');
	});

	it('refuses an affects target that is not a page of the site, saying which target and why', () => {
		const errors = messages({ ...valid, affects: ['/guide/impact-on-ai-training/', '/faq/no-such-question/'] });
		expect(errors).toMatch(/^affects\.1: "\/faq\/no-such-question\/" is not a page of this site: there is no content\/faq\/no-such-question\.mdx/m);
		expect(messages({ ...valid, affects: ['guide/impact-on-ai-training'] })).toMatch(/^affects\.0: "guide\/impact-on-ai-training" is not a site path/m);
	});

	it('accepts fixed pages and the conclusion as targets', () => {
		expect(messages({ ...valid, affects: ['/tips/', '/about/', '/guide/conclusion/', '/'] })).toBe('');
	});

	it('refuses a made-up date format and a summary of more than two sentences', () => {
		expect(messages({ ...valid, date: 'summer 2024' })).toMatch(/^date: date must be YYYY-MM-DD, or YYYY-MM/m);
		expect(messages({ ...valid, date: '2024-13-01' })).toMatch(/^date:/m);
		expect(messages({ ...valid, summary: 'One thing. Another thing. A third thing.' })).toMatch(/^summary: summary must be one or two sentences/m);
	});
});

describe('the change checks', () => {
	const secondary = sources.find((s) => s.data.kind === 'secondary')!.id;
	const one = (data: Partial<typeof valid>, id = '2024-06-14-test') =>
		findChangeProblems(index({ changes: [{ id, data: { ...changeSchema.parse(valid), ...data } as never, body: '' }] }));

	it('refuse "documented" when no source is primary, and ask for "reported"', () => {
		expect(one({ certainty: 'documented', sources: [secondary], summary: 'As reported by a newspaper, Meta paused.' })).toEqual([
			'content/changes/2024-06-14-test.md: field "certainty" is "documented", but none of its sources is primary; use "reported"',
		]);
		expect(one({ certainty: 'reported', sources: [secondary], summary: 'Meta paused its plan.' })).toEqual([
			'content/changes/2024-06-14-test.md: field "summary" must say "reported": every source of this entry is secondary',
		]);
	});

	it('refuse an unknown source, a file name that does not start with the date, and a page that was removed', () => {
		expect(one({ sources: ['dpc-2025-05-statement-meta-ai', 'no-such-source'] })).toEqual([
			'content/changes/2024-06-14-test.md: field "sources" names "no-such-source", but there is no content/sources/no-such-source.yaml',
		]);
		expect(one({}, '2024-06-15-test')[0]).toMatch(/field "date" is 2024-06-14, but the file name must start with "2024-06-14-"/);
		expect(findChangeProblems(index({ entryIds: { guide: [], faq: [], settings: [] }, fileExists: () => false })).join('\n')).toMatch(
			/field "affects": "\/guide\/[a-z-]+\/" is not a page of this site/,
		);
	});
});
