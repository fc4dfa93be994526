/**
 * Region pages: one content entry per region id in REGIONS, each naming settings and FAQ answers
 * that must exist. Pure: content.ts passes the collections in; problems fail the build with a
 * readable message.
 */
import { REGIONS, type Region } from './vocabulary';

interface Entry {
	id: string;
}
interface RegionEntry extends Entry {
	data: { actions: string[]; faq: string[] };
}

export interface RegionPage<R extends RegionEntry, S extends Entry, F extends Entry> {
	region: Region;
	entry: R;
	actions: S[];
	faq: F[];
}

export function assembleRegionPages<R extends RegionEntry, S extends Entry, F extends Entry>(
	entries: readonly R[],
	settings: readonly S[],
	faq: readonly F[],
): RegionPage<R, S, F>[] {
	const problems: string[] = [];
	for (const entry of entries) {
		if (!(REGIONS as readonly string[]).includes(entry.id))
			problems.push(`content/regions/${entry.id}.md: not a region id (${REGIONS.join(', ')})`);
	}
	const pages: RegionPage<R, S, F>[] = [];
	for (const region of REGIONS) {
		const entry = entries.find((e) => e.id === region);
		if (!entry) {
			problems.push(`content/regions/${region}.md is missing: every region in REGIONS needs a page`);
			continue;
		}
		const pick = <T extends Entry>(ids: string[], from: readonly T[], folder: string, field: string): T[] =>
			ids.flatMap((id) => {
				const found = from.find((x) => x.id === id);
				if (!found) problems.push(`content/regions/${region}.md: ${field} "${id}" is not in content/${folder}/`);
				return found ? [found] : [];
			});
		pages.push({
			region,
			entry,
			actions: pick(entry.data.actions, settings, 'settings', 'action'),
			faq: pick(entry.data.faq, faq, 'faq', 'faq'),
		});
	}
	if (problems.length > 0) throw new Error(`Region pages:\n- ${problems.join('\n- ')}`);
	return pages;
}

export function regionUrl(region: Region): string {
	return `/regions/${region}/`;
}
