// Writes the Pagefind index for a built site, using Pagefind's Node API so that indexing errors
// fail the build with a message instead of leaving a site whose search silently returns nothing.
import * as pagefind from 'pagefind';

export async function indexSite(siteDir) {
	const { index, errors: createErrors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
		const { errors, page_count } = await index.addDirectory({ path: siteDir });
		if (errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${errors.join('; ')}`);
		if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
		const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		console.log(`Pagefind indexed ${page_count} pages`);
		return page_count;
	} finally {
		await pagefind.close();
	}
}
