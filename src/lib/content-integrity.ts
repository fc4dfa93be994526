/**
 * Cross-collection checks that zod schemas cannot express on a single file: every source id
 * exists, the guide has exactly the seven sections in order, FAQ and tips point at real pages.
 * Pure data in, readable problems out, so the same check runs in the build and in unit tests.
 */

export interface EntryRef {
	/** Collection and file, for messages: "faq/are-my-dms-used". */
	collection: string;
	id: string;
	data: { sources?: string[]; order?: number; related?: string | undefined; setting?: string | undefined };
}

export interface SiteContentIndex {
	sourceIds: string[];
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
	return problems;
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
