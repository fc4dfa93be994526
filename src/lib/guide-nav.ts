import type { NavItem } from './navigation';

/** A guide section as a previous/next link. */
export function guideNav(entry: { id: string; data: { title: string } }): NavItem {
	return { href: `/guide/${entry.id}/`, label: entry.data.title };
}

/** The guide ends on the conclusion page, which is not one of the seven sections. */
export const conclusionNav: NavItem = { href: '/guide/conclusion/', label: 'What to do now' };
