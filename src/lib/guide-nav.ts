import type { NavItem } from './navigation';

/** A guide section as a previous/next link. */
export function guideNav(entry: { id: string; data: { title: string } }): NavItem {
	return { href: `/guide/${entry.id}/`, label: entry.data.title };
}

/** The guide ends on the conclusion page, which is not one of the seven sections; `label` in the page's language. */
export function conclusionNav(label: string): NavItem {
	return { href: '/guide/conclusion/', label };
}
