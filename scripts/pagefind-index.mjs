// Writes the Pagefind index for a built site, using Pagefind's Node API so that indexing errors
// fail the build with a message instead of leaving a site whose search silently returns nothing.
//
// What is searched: only the <main> of pages that carry data-pagefind-body (BaseLayout sets it on
// pages with a search type). Inside it, navigation, tables of contents, source lists and
// previous/next links carry data-pagefind-ignore; the selectors below also leave out text that is
// on every page or is only there for screen readers, so it neither matches queries nor fills excerpts.
import * as pagefind from 'pagefind';
import { rechunkIndex } from './pagefind-rechunk.mjs';

/**
 * Small print repeated on many pages ("Last verified…"), region/age badges (they are filters),
 * screen-reader-only labels, and the controls and drawings of a setting's steps (the "Copy these
 * steps" button, the tap diagram, the certainty note every setting repeats): the steps themselves
 * stay searchable. Each word left out here is also a word less in every first search's download.
 */
export const excludeSelectors = ['.meta-line', '.badges', '.sr-only', 'button', '.copy-status', '.tap-diagram', '.setting-certainty'];

export async function indexSite(siteDir) {
	const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors });
	try {
		if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
		const { errors, page_count } = await index.addDirectory({ path: siteDir });
		if (errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${errors.join('; ')}`);
		if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
		const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// Smaller word-index chunks: a first search fetches a few KB around its words, not 25 KB (see the script).
		// One word index per language (Pagefind splits pages by their <html lang>); each is re-chunked.
		const chunks = Object.entries(rechunkIndex(`${siteDir}/pagefind`));
		console.log(
			`Pagefind indexed ${page_count} pages (word index in chunks: ${chunks.map(([lang, c]) => `${lang} ${c.after}`).join(', ')})`,
		);
		return page_count;
	} finally {
		await pagefind.close();
	}
}
