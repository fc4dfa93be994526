/**
 * The site's navigation, in order. Only pages that exist are listed: no dead links. Labels are keys
 * into the interface words (src/translations/<lang>/site.ts, `nav`), so each language names them.
 */
export interface NavItem {
	href: string;
	label: string;
}

export type NavKey = 'guide' | 'quiz' | 'settings' | 'faq' | 'tips' | 'changes' | 'sources' | 'about' | 'translations';

export const mainNavKeys: { href: string; key: NavKey }[] = [
	{ href: '/guide/', key: 'guide' },
	{ href: '/quiz/', key: 'quiz' },
	{ href: '/settings/', key: 'settings' },
	{ href: '/faq/', key: 'faq' },
	{ href: '/tips/', key: 'tips' },
];

export const footerNavKeys: { href: string; key: NavKey }[] = [
	{ href: '/changes/', key: 'changes' },
	{ href: '/sources/', key: 'sources' },
	{ href: '/about/', key: 'about' },
	{ href: '/translations/', key: 'translations' },
];

/** The items with their labels in one language. */
export function labelled(items: { href: string; key: NavKey }[], labels: Record<NavKey, string>): NavItem[] {
	return items.map(({ href, key }) => ({ href, label: labels[key] }));
}

/** True when `pathname` (without its language prefix) is the page itself or inside its section (so "Guide" is current on a section). */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(href);
}
