/**
 * Region pages' content, read in one place: one entry per region id in REGIONS, each naming
 * settings and FAQ answers that must exist. Fails the build with a readable message otherwise.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { settingsCatalogue } from './content';
import { REGIONS, type Region } from './vocabulary';

export interface RegionPage {
	region: Region;
	entry: CollectionEntry<'regions'>;
	actions: CollectionEntry<'settings'>[];
	faq: CollectionEntry<'faq'>[];
}

export async function regionPages(): Promise<RegionPage[]> {
	const [entries, settings] = await Promise.all([getCollection('regions'), settingsCatalogue()]);
	const problems: string[] = [];
	for (const entry of entries) {
		if (!(REGIONS as readonly string[]).includes(entry.id)) problems.push(`content/regions/${entry.id}.md: not a region id (${REGIONS.join(', ')})`);
	}
	const pages: RegionPage[] = [];
	for (const region of REGIONS) {
		const entry = entries.find((e) => e.id === region);
		if (!entry) {
			problems.push(`content/regions/${region}.md is missing: every region in REGIONS needs a page`);
			continue;
		}
		const actions = entry.data.actions.map((id) => settings.find((s) => s.id === id));
		entry.data.actions.forEach((id, i) => {
			if (!actions[i]) problems.push(`content/regions/${region}.md: action "${id}" is not in content/settings/`);
		});
		const faq = await Promise.all(entry.data.faq.map((id) => getEntry('faq', id)));
		entry.data.faq.forEach((id, i) => {
			if (!faq[i]) problems.push(`content/regions/${region}.md: faq "${id}" is not in content/faq/`);
		});
		pages.push({
			region,
			entry,
			actions: actions.filter((a): a is CollectionEntry<'settings'> => !!a),
			faq: faq.filter((f): f is CollectionEntry<'faq'> => !!f),
		});
	}
	if (problems.length > 0) throw new Error(`Region pages:\n- ${problems.join('\n- ')}`);
	return pages;
}

export function regionUrl(region: Region): string {
	return `/regions/${region}/`;
}
