/** The site's main navigation, in order. Only pages that exist are listed: no dead links. */
export interface NavItem {
	href: string;
	label: string;
}

export const mainNav: NavItem[] = [
	{ href: '/guide/', label: 'Guide' },
	{ href: '/quiz/', label: 'Quiz' },
	{ href: '/settings/', label: 'Settings' },
	{ href: '/faq/', label: 'FAQ' },
	{ href: '/tips/', label: 'Tips' },
];

export const footerNav: NavItem[] = [
	{ href: '/changes/', label: 'What changed' },
	{ href: '/sources/', label: 'Sources' },
	{ href: '/about/', label: 'About and privacy' },
];

/** True when `pathname` is the page itself or inside its section (so "Guide" is current on a section). */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(href);
}
