/**
 * Which guide sections, FAQ answers and tips discuss which setting, found from their text: a link
 * to /settings/<id>/ (Markdown or HTML) or a <SettingLink id="<id>"> in MDX. The setting page lists
 * these under "Discussed in", so the link from knowledge to action also works backwards.
 * Pure: it reads entry bodies it is given and knows nothing about Astro.
 */

export interface MentionSource {
	/** What kind of page this is, for grouping and labels: 'guide' | 'faq' | 'tips'. */
	collection: string;
	id: string;
	/** The title a reader sees (guide title, FAQ question, tip title). */
	title: string;
	/** Where the page (or the tip's anchor) lives on this site. */
	url: string;
	/** The raw Markdown/MDX body. */
	body: string;
}

export type Mention = Omit<MentionSource, 'body'>;

const LINK_PATTERN = /\/settings\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?=[\s)"'#?]|$)/g;
const COMPONENT_PATTERN = /<SettingLink\b[^>]*\bid\s*=\s*["']([a-z0-9]+(?:-[a-z0-9]+)*)["']/g;

/** The ids of the settings a body links to, each once, in the order they first appear. */
export function settingIdsMentioned(body: string): string[] {
	const found: { id: string; at: number }[] = [];
	for (const m of body.matchAll(LINK_PATTERN)) found.push({ id: m[1]!, at: m.index ?? 0 });
	for (const m of body.matchAll(COMPONENT_PATTERN)) found.push({ id: m[1]!, at: m.index ?? 0 });
	found.sort((a, b) => a.at - b.at);
	return [...new Set(found.map((f) => f.id))];
}

/** setting id → the pages that mention it, in the order the sources were given. */
export function mentionIndex(sources: readonly MentionSource[]): Map<string, Mention[]> {
	const index = new Map<string, Mention[]>();
	for (const { body, ...mention } of sources) {
		for (const id of settingIdsMentioned(body)) {
			const list = index.get(id) ?? [];
			list.push(mention);
			index.set(id, list);
		}
	}
	return index;
}
