import { describe, expect, it } from 'vitest';
import { findStalePages } from '../../src/lib/content-integrity';
import { EVIDENCE_RUNS_TO, evidenceSentence, partOfMonth } from '../../src/lib/evidence';
import { earliestDay, isStale, monthsEarlier, newestPublished, readablePublished } from '../../src/lib/sources';

describe('source dates', () => {
	it('date a source by the first day it can mean', () => {
		expect(earliestDay('2026')).toBe('2026-01-01');
		expect(earliestDay('2026-07')).toBe('2026-07-01');
		expect(earliestDay('2026-07-23')).toBe('2026-07-23');
		expect(earliestDay('undated')).toBeNull();
	});

	it('pick the newest source, never letting a bare year beat a later month, and skipping undated ones', () => {
		expect(newestPublished(['2025-05-21', '2026', 'undated', '2026-07'])).toBe('2026-07');
		expect(newestPublished(['2026-07', '2026-07-01'])).toBe('2026-07-01');
		expect(newestPublished(['2024', 'undated'])).toBe('2024');
		expect(newestPublished(['undated'])).toBeNull();
		expect(newestPublished([])).toBeNull();
	});

	it('read only as precisely as the source is dated', () => {
		expect(readablePublished('2026-07-23')).toBe('23 July 2026');
		expect(readablePublished('2026-07')).toBe('July 2026');
		expect(readablePublished('2026')).toBe('2026');
		expect(readablePublished('undated')).toBe('undated');
	});

	it('count months back by the calendar, clamping to the month end', () => {
		expect(monthsEarlier('2026-12-02', 12)).toBe('2025-12-02');
		expect(monthsEarlier('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsEarlier('2026-01-15', 1)).toBe('2025-12-15');
	});

	it('flag evidence more than 12 months older than the check, and no dated evidence at all', () => {
		expect(isStale('2026-12-02', '2025-12-02')).toBe(false);
		expect(isStale('2026-12-02', '2025-12-01')).toBe(true);
		expect(isStale('2026-12-02', '2025-12')).toBe(true); // December 2025 may mean 1 December
		expect(isStale('2026-12-02', '2026')).toBe(false);
		expect(isStale('2026-12-02', null)).toBe(true);
	});
});

describe('the staleness list', () => {
	const sources = [
		{ id: 'old', data: { kind: 'secondary' as const, publisher: 'P', title: 'T', published: '2024-06' } },
		{ id: 'new', data: { kind: 'primary' as const, publisher: 'Meta', title: 'T', published: '2026-07-23' } },
		{ id: 'nodate', data: { kind: 'secondary' as const, publisher: 'P', title: 'T', published: 'undated' } },
	];
	const entry = (id: string, ids: string[]) => ({ collection: 'faq', id, data: { sources: ids, lastVerified: new Date('2026-12-02T00:00:00Z') } });

	it('lists one line per page resting on old or undated evidence, and not the up-to-date ones', () => {
		const lines = findStalePages({
			sourceIds: sources.map((s) => s.id),
			sources,
			guide: [],
			faq: [entry('old-page', ['old', 'nodate']), entry('fresh-page', ['old', 'new']), entry('undated-page', ['nodate'])],
			tips: [],
			settings: [],
			pages: [],
		});
		expect(lines).toEqual([
			'content/faq/old-page.mdx: newest source is from June 2024, more than 12 months before it was last verified (2026-12-02)',
			'content/faq/undated-page.mdx: no source has a date (last verified 2026-12-02)',
		]);
	});
});

describe('the evidence date', () => {
	it('is said as part of a month', () => {
		expect(partOfMonth('2026-08-22')).toBe('late August 2026');
		expect(partOfMonth('2026-08-05')).toBe('early August 2026');
		expect(partOfMonth('2026-08-15')).toBe('mid August 2026');
	});

	it('reads "late August 2026" in the site-wide sentence', () => {
		expect(EVIDENCE_RUNS_TO).toBe('2026-08-22');
		expect(evidenceSentence()).toBe('The newest evidence this site has is from late August 2026. Anything Meta changed after that is not covered here.');
	});
});
