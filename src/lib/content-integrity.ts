/**
 * Cross-collection checks that zod schemas cannot express on a single file: every source id
 * exists, the guide has exactly the seven sections in order, FAQ and tips point at real pages,
 * a catalogue item's certainty and steps are no surer than its sources, and a source's kind
 * matches what it is. Also the staleness list: pages whose newest source is old (a warning only).
 * Pure data in, readable problems out, so the same check runs in the build and in unit tests.
 */
import { EVIDENCE_RUNS_TO } from './evidence';
import { isStale, newestPublished, readablePublished, STALE_AFTER_MONTHS } from './sources';

/** What the checks need to know about one source file. */
export interface SourceRef {
	id: string;
	data: { kind: 'primary' | 'secondary'; publisher: string; title: string; published: string; original?: unknown };
}

/** The fields of a settings item that the label checks read. */
interface SettingFields {
	certainty?: string;
	stepsSource?: string | undefined;
	links?: { url: string; source: string }[] | undefined;
	alternativeRoutes?: { label: string; source?: string | undefined }[] | undefined;
}

export interface EntryRef {
	/** Collection and file, for messages: "faq/are-my-dms-used". */
	collection: string;
	id: string;
	data: {
		sources?: string[];
		order?: number;
		related?: string | undefined;
		setting?: string | undefined;
		/** When a person last checked the entry (a Date from the schema, or YYYY-MM-DD). */
		lastVerified?: Date | string;
	} & SettingFields;
}

export interface SiteContentIndex {
	sourceIds: string[];
	/** Each source's kind, publisher and date, for the label and date checks. Without it those checks are skipped. */
	sources?: SourceRef[];
	guide: EntryRef[];
	faq: EntryRef[];
	tips: EntryRef[];
	settings: EntryRef[];
	pages: EntryRef[];
}

const contentFolder: Record<string, string> = {
	guide: 'content/guide/*.mdx',
	faq: 'content/faq/*.mdx',
	tips: 'content/tips/*.md',
	settings: 'content/settings/*.md',
	pages: 'content/pages/*.mdx',
};

function fileOf(entry: EntryRef): string {
	const pattern = contentFolder[entry.collection] ?? `content/${entry.collection}/*`;
	return pattern.replace('*', entry.id);
}

/** Returns one message per problem, each naming the file and the field. Empty means all is well. */
export function findContentProblems(index: SiteContentIndex): string[] {
	const problems: string[] = [];
	const sourceIds = new Set(index.sourceIds);
	const all = [...index.guide, ...index.faq, ...index.tips, ...index.settings, ...index.pages];

	for (const entry of all) {
		for (const id of entry.data.sources ?? []) {
			if (!sourceIds.has(id)) {
				problems.push(`${fileOf(entry)}: field "sources" names "${id}", but there is no content/sources/${id}.yaml`);
			}
		}
	}

	const orders = index.guide.map((g) => g.data.order).sort((a, b) => (a ?? 0) - (b ?? 0));
	const expected = [1, 2, 3, 4, 5, 6, 7];
	if (orders.join(',') !== expected.join(',')) {
		problems.push(`content/guide: field "order" must be 1 to 7, once each; found [${orders.join(', ')}]`);
	}

	const guideIds = new Set(index.guide.map((g) => g.id));
	for (const entry of index.faq) {
		if (entry.data.related && !guideIds.has(entry.data.related)) {
			problems.push(`${fileOf(entry)}: field "related" names "${entry.data.related}", which is not a guide section`);
		}
	}

	const settingIds = new Set(index.settings.map((s) => s.id));
	for (const entry of index.tips) {
		if (entry.data.setting && !settingIds.has(entry.data.setting)) {
			problems.push(`${fileOf(entry)}: field "setting" names "${entry.data.setting}", which is not in content/settings/`);
		}
	}
	if (index.sources) {
		problems.push(...findSourceKindProblems(index.sources));
		problems.push(...findSettingLabelProblems(index.settings, index.sources));
	}
	return problems;
}

/** Publisher names that say the text is someone else's, reprinted or summarised (titles are not read: "Public summary of training content" is Meta's own). */
const REPRINT_WORDS = /\b(via|reprint(ed)?|republish(ed)?|summary of|report on|quoting)\b/i;
/** Publishers whose own documents are primary by definition. */
const META_PUBLISHER = /^(Meta|Instagram|Facebook)\b/;

/** A source's kind matches what it is: a reprint is secondary, Meta's own text is primary, no date is past the evidence. */
export function findSourceKindProblems(sources: SourceRef[]): string[] {
	const problems: string[] = [];
	for (const { id, data } of sources) {
		const file = `content/sources/${id}.yaml`;
		if (data.kind === 'primary' && REPRINT_WORDS.test(data.publisher)) {
			problems.push(
				`${file}: field "kind" is "primary", but its publisher says it is a reprint or report ("${data.publisher}"); make it "secondary" and name the document it reprints in "original"`,
			);
		}
		if (data.kind === 'secondary' && META_PUBLISHER.test(data.publisher) && !data.original) {
			problems.push(`${file}: field "kind" is "secondary", but the publisher is "${data.publisher}": Meta's own text is primary`);
		}
		const published = data.published.slice(0, 10);
		if (published !== 'undated' && published > EVIDENCE_RUNS_TO) {
			problems.push(
				`${file}: field "published" is ${data.published}, after EVIDENCE_RUNS_TO (${EVIDENCE_RUNS_TO}) in src/lib/evidence.ts; raise that date, with the new evidence, if this is right`,
			);
		}
	}
	return problems;
}

/**
 * A catalogue item says no more than its sources: "documented" needs Meta's (or a regulator's)
 * own text among its sources and steps whose origin is named; the step and link sources are listed.
 */
export function findSettingLabelProblems(settings: EntryRef[], sources: SourceRef[]): string[] {
	const problems: string[] = [];
	const byId = new Map(sources.map((s) => [s.id, s]));
	for (const entry of settings) {
		const file = fileOf(entry);
		const { certainty, stepsSource, links = [], alternativeRoutes = [] } = entry.data;
		const listed = new Set(entry.data.sources ?? []);
		if (certainty === 'documented') {
			const primary = [...listed].filter((id) => byId.get(id)?.data.kind === 'primary');
			if (primary.length === 0) {
				problems.push(
					`${file}: field "certainty" is "documented", but none of its sources is primary (kind: primary); use "reported", or add Meta's own text to "sources"`,
				);
			}
			if (!stepsSource) {
				problems.push(
					`${file}: field "certainty" is "documented", but "stepsSource" is missing; name the source the steps come from (if it is a guide, the page will say so)`,
				);
			}
		}
		const named: [string, string | undefined][] = [
			['stepsSource', stepsSource],
			...links.map((l, i): [string, string] => [`links[${i}].source`, l.source]),
			...alternativeRoutes.map((r, i): [string, string | undefined] => [`alternativeRoutes[${i}].source`, r.source]),
		];
		for (const [field, id] of named) {
			if (id && !listed.has(id)) problems.push(`${file}: field "${field}" names "${id}", which is not in its "sources" list`);
		}
	}
	return problems;
}

function isoOf(value: Date | string | undefined): string | undefined {
	if (value === undefined) return undefined;
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/**
 * One line per page whose newest source is more than STALE_AFTER_MONTHS older than its
 * lastVerified, or that has no dated source: a person checked it, but the evidence is old.
 * A warning for the build output, not a failure.
 */
export function findStalePages(index: SiteContentIndex): string[] {
	if (!index.sources) return [];
	const published = new Map(index.sources.map((s) => [s.id, s.data.published]));
	const all = [...index.guide, ...index.faq, ...index.tips, ...index.settings, ...index.pages];
	const lines: string[] = [];
	for (const entry of all) {
		const checked = isoOf(entry.data.lastVerified);
		if (!checked) continue;
		const newest = newestPublished((entry.data.sources ?? []).map((id) => published.get(id) ?? 'undated'));
		if (isStale(checked, newest)) {
			lines.push(
				newest === null
					? `${fileOf(entry)}: no source has a date (last verified ${checked})`
					: `${fileOf(entry)}: newest source is from ${readablePublished(newest)}, more than ${STALE_AFTER_MONTHS} months before it was last verified (${checked})`,
			);
		}
	}
	return lines;
}

export class ContentIntegrityError extends Error {
	constructor(problems: string[]) {
		super(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'ContentIntegrityError';
	}
}

export function assertContentIntegrity(index: SiteContentIndex): void {
	const problems = findContentProblems(index);
	if (problems.length > 0) throw new ContentIntegrityError(problems);
}
