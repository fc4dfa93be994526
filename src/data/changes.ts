/**
 * The change log as pages read it: checked once (see change-integrity.ts), newest first.
 * Kept apart from content.ts so the change log can be added or removed without touching the
 * checks of the other collections.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales';
import { localize, type Localized } from './translated';
import { ChangeLogError, compareChangesNewestFirst, findChangeProblems } from '../lib/change-integrity';

let loaded: Promise<CollectionEntry<'changes'>[]> | undefined;

/** The change log in a language, newest first. */
export async function changeEntries(locale: Locale = DEFAULT_LOCALE): Promise<Localized<'changes'>[]> {
	return localize('changes', await checkedChanges(), locale);
}

function checkedChanges(): Promise<CollectionEntry<'changes'>[]> {
	loaded ??= (async () => {
		const [changes, sources, guide, faq, settings] = await Promise.all([
			getCollection('changes'),
			getCollection('sources'),
			getCollection('guide'),
			getCollection('faq'),
			getCollection('settings'),
		]);
		const problems = findChangeProblems({
			changes: changes.map((c) => ({ id: c.id, data: c.data, body: c.body ?? '' })),
			sources: sources.map((s) => ({ id: s.id, kind: s.data.kind })),
			entryIds: { guide: guide.map((e) => e.id), faq: faq.map((e) => e.id), settings: settings.map((e) => e.id) },
			fileExists: (file) => existsSync(resolve(process.cwd(), file)),
		});
		if (problems.length > 0) throw new ChangeLogError(problems);
		return changes.sort(compareChangesNewestFirst);
	})();
	return loaded;
}
