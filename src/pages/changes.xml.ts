// The change log as an Atom feed, so readers and journalists can follow it in any feed reader.
// Absolute URLs come from the configured `site` (astro.config.mjs, SITE_URL when deploying).
import type { APIRoute } from 'astro';
import { atomDate, buildAtomFeed } from '../lib/atom';
import { changeHref, readableChangeDate } from '../lib/change-display';
import { changeEntries } from '../data/changes';
import { EVIDENCE_RUNS_TO, partOfMonth } from '../lib/evidence';
import { changeKindLabels, regionLabels } from '../translations/en/vocabulary';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('changes.xml needs `site` in astro.config.mjs: feed ids and links must be absolute URLs');
	const url = (path: string) => new URL(path, site).href;
	const changes = await changeEntries();

	const xml = buildAtomFeed({
		id: url('/changes/'),
		title: 'What changed: Meta AI and your Instagram data',
		subtitle: `Meta's AI and data moves and the rulings around them, each with its sources. The evidence runs to ${partOfMonth(EVIDENCE_RUNS_TO)}; nothing after that is covered.`,
		author: 'Meta AI opt-out guide',
		links: [
			{ href: url('/changes.xml'), rel: 'self', type: 'application/atom+xml' },
			{ href: url('/changes/'), rel: 'alternate', type: 'text/html' },
		],
		entries: changes.map((change) => {
			const day = /^\d{4}-\d{2}-\d{2}$/.test(change.data.date);
			return {
				// The page address plus the entry's file name: permanent as long as the file keeps its name.
				id: url(changeHref(change.id)),
				title: `${readableChangeDate(change.data.date)}: ${change.data.title}`,
				updated: atomDate(change.data.lastVerified),
				// A month-only date has no day to give; leaving <published> out beats inventing the 1st.
				...(day ? { published: atomDate(change.data.date) } : {}),
				sortKey: change.data.date,
				link: url(changeHref(change.id)),
				summary: change.data.summary,
				categories: [
					{ term: change.data.kind, label: changeKindLabels[change.data.kind] },
					...change.data.regions.map((r) => ({ term: r, label: regionLabels[r] })),
				],
			};
		}),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
