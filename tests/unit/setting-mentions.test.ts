import { describe, expect, it } from 'vitest';
import { mentionIndex, settingIdsMentioned } from '../../src/lib/setting-mentions';

describe('settingIdsMentioned', () => {
	it('finds Markdown links, HTML links and SettingLink uses, each once, in reading order', () => {
		const body = [
			'Switching to [a private account](/settings/private-account/) helps.',
			'Or <SettingLink id="object-to-ai-training">object</SettingLink>.',
			'<a href="/settings/ad-topics/">Ad topics</a> and [again](/settings/private-account/#steps).',
		].join('\n');
		expect(settingIdsMentioned(body)).toEqual(['private-account', 'object-to-ai-training', 'ad-topics']);
	});

	it('ignores the settings list and paths that only start like a setting', () => {
		expect(settingIdsMentioned('See [all settings](/settings/) or /settings/region/us/.')).toEqual([]);
	});

	it('accepts single quotes and other props on SettingLink', () => {
		expect(settingIdsMentioned("<SettingLink class='x' id='mute-meta-ai'>mute</SettingLink>")).toEqual(['mute-meta-ai']);
	});
});

describe('mentionIndex', () => {
	it('lists, for each setting, every page that links to it', () => {
		const index = mentionIndex([
			{ collection: 'guide', id: 'a', title: 'A', url: '/guide/a/', body: '[x](/settings/private-account/)' },
			{
				collection: 'faq',
				id: 'b',
				title: 'B?',
				url: '/faq/b/',
				body: '<SettingLink id="private-account">y</SettingLink> [z](/settings/ad-topics/)',
			},
			{ collection: 'tips', id: 'c', title: 'C', url: '/tips/#c', body: 'nothing' },
		]);
		expect(index.get('private-account')?.map((m) => m.url)).toEqual(['/guide/a/', '/faq/b/']);
		expect(index.get('ad-topics')?.map((m) => m.url)).toEqual(['/faq/b/']);
		expect(index.has('c')).toBe(false);
		expect(index.get('ad-topics')?.[0]).not.toHaveProperty('body');
	});
});
