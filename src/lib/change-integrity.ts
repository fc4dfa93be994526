/**
 * Checks across collections for the change log, which one file's schema cannot make: every source
 * exists, the certainty matches the sources' kinds, entries resting only on secondary sources say
 * "reported", the file name starts with the entry's date, and every `affects` page exists.
 * Pure data in, readable problems out (one per problem, naming the file and the field), so the same
 * check runs in the build (src/data/changes.ts) and in unit tests.
 */
import { affectsTargetProblem, ENTRY_ROUTES, pageFilesFor, parseAffectsTarget } from './change-targets';
import type { Certainty, SourceKind } from './vocabulary';

export interface ChangeRef {
	id: string;
	data: { date: string; summary: string; certainty: Certainty; affects: string[]; sources: string[] };
	/** The entry's longer text, if any; "reported" may be said there too. */
	body?: string;
}

export interface ChangeIndex {
	changes: ChangeRef[];
	sources: { id: string; kind: SourceKind }[];
	/** Ids of the entries that have their own page. */
	entryIds: Record<keyof typeof ENTRY_ROUTES, string[]>;
	/** Whether a project file exists (for fixed pages such as /tips/ or /guide/conclusion/). */
	fileExists: (file: string) => boolean;
}

const REPORTED = /\breported\b/i;

export function findChangeProblems(index: ChangeIndex): string[] {
	const problems: string[] = [];
	const kinds = new Map(index.sources.map((s) => [s.id, s.kind]));
	const entryIds = Object.fromEntries(Object.entries(index.entryIds).map(([k, ids]) => [k, new Set(ids)]));

	for (const change of index.changes) {
		const file = `content/changes/${change.id}.md`;
		const { data } = change;

		if (!change.id.startsWith(`${data.date}-`)) {
			problems.push(`${file}: field "date" is ${data.date}, but the file name must start with "${data.date}-"`);
		}

		for (const id of data.sources) {
			if (!kinds.has(id)) problems.push(`${file}: field "sources" names "${id}", but there is no content/sources/${id}.yaml`);
		}
		const known = data.sources.filter((id) => kinds.has(id));
		const hasPrimary = known.some((id) => kinds.get(id) === 'primary');
		if (data.certainty === 'documented' && known.length > 0 && !hasPrimary) {
			problems.push(`${file}: field "certainty" is "documented", but none of its sources is primary; use "reported"`);
		}
		if (known.length > 0 && !hasPrimary && !REPORTED.test(`${data.summary}\n${change.body ?? ''}`)) {
			problems.push(`${file}: field "summary" must say "reported": every source of this entry is secondary`);
		}

		// The same page check the schema makes, but against the collections the build actually loaded.
		for (const target of data.affects) {
			const parsed = parseAffectsTarget(target);
			const exists =
				!('error' in parsed) &&
				(parsed.kind === 'entry'
					? entryIds[parsed.collection]!.has(parsed.id) || pageFilesFor(parsed.path).some(index.fileExists)
					: pageFilesFor(parsed.path).some(index.fileExists));
			if (!exists) {
				const reason = affectsTargetProblem(target, () => false) ?? `"${target}" is not a page of this site`;
				problems.push(`${file}: field "affects": ${reason}`);
			}
		}
	}
	return problems;
}

export class ChangeLogError extends Error {
	constructor(problems: string[]) {
		super(`The change log has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'ChangeLogError';
	}
}

/** Newest first by date (a month-only date sorts after the days of that month), then by file name. */
export function compareChangesNewestFirst(a: { id: string; data: { date: string } }, b: { id: string; data: { date: string } }): number {
	return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}
