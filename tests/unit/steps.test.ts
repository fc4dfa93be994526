import { describe, expect, it } from 'vitest';
import { isExternal, stepParts, stepsAsText } from '../../src/lib/steps';

describe('stepParts', () => {
	it('keeps a step without a web address as one piece of text', () => {
		expect(stepParts('Tap Settings and privacy')).toEqual([{ kind: 'text', text: 'Tap Settings and privacy' }]);
	});

	it('turns a full https address into a link, keeping the words around it', () => {
		expect(stepParts('Open https://help.instagram.com/contact/117037592428568 in a browser')).toEqual([
			{ kind: 'text', text: 'Open ' },
			{
				kind: 'link',
				href: 'https://help.instagram.com/contact/117037592428568',
				text: 'https://help.instagram.com/contact/117037592428568',
			},
			{ kind: 'text', text: ' in a browser' },
		]);
	});

	it('leaves sentence punctuation and brackets outside the link', () => {
		const parts = stepParts("Open Meta's form (https://www.facebook.com/help/contact/1266025207620918).");
		expect(parts.filter((p) => p.kind === 'link').map((p) => p.kind === 'link' && p.href)).toEqual([
			'https://www.facebook.com/help/contact/1266025207620918',
		]);
		expect(parts.at(-1)).toEqual({ kind: 'text', text: ').' });
	});

	it('keeps a query string that is part of the address', () => {
		const [, link] = stepParts('See https://privacycenter.instagram.com/policy/?subpage=7.subpage.11-ObjectYouHaveThe, then tap Object');
		expect(link).toEqual({
			kind: 'link',
			href: 'https://privacycenter.instagram.com/policy/?subpage=7.subpage.11-ObjectYouHaveThe',
			text: 'https://privacycenter.instagram.com/policy/?subpage=7.subpage.11-ObjectYouHaveThe',
		});
	});

	it('links every address when a step has two', () => {
		const links = stepParts('Try https://help.meta.com/support/privacy/ or https://help.instagram.com/contact/117037592428568').filter(
			(p) => p.kind === 'link',
		);
		expect(links).toHaveLength(2);
	});

	it('does not link an address written without https:// (the content must spell it out)', () => {
		expect(stepParts('Open facebook.com/help/contact/1266025207620918').every((p) => p.kind === 'text')).toBe(true);
	});

	it('loses no character of the step', () => {
		const step = 'Go to https://help.meta.com/support/privacy/, choose "Object"; then https://example.org/x.';
		expect(
			stepParts(step)
				.map((p) => p.text)
				.join(''),
		).toBe(step);
	});
});

describe('stepsAsText', () => {
	it('numbers the steps under a title, as the copy button puts them on the clipboard', () => {
		expect(stepsAsText(['Tap the menu', 'Tap Settings'], 'Make your account private')).toBe(
			'Make your account private\n1. Tap the menu\n2. Tap Settings',
		);
	});
});

describe('isExternal', () => {
	it('tells links that leave the site from links inside it', () => {
		expect(isExternal('https://help.meta.com/support/privacy/')).toBe(true);
		expect(isExternal('/settings/private-account/')).toBe(false);
	});
});
