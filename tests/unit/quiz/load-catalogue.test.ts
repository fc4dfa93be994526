import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterOf, loadCatalogue } from '../../../src/lib/quiz/load-catalogue';

/** The catalogue the quiz was designed against. */
const EXPECTED_IDS = [
	'object-to-ai-training',
	'third-party-ai-data-form',
	'private-account',
	'search-engine-visibility',
	'mute-meta-ai',
	'reset-ai-chat-command',
	'sensitive-content-control',
	'not-interested',
	'snooze-suggested-posts',
	'following-favorites-feed',
	'non-personalised-feeds-eu',
	'reset-suggested-content',
	'your-algorithm',
	'ad-topics',
	'activity-from-other-businesses',
	'off-meta-activity',
	'ad-free-subscription',
	'less-personalised-ads',
	'download-your-information',
	'separate-accounts-center',
	'teen-account-defaults',
	'meta-ai-app-post-to-feed',
	'dont-share-sensitive-with-meta-ai',
	'avoid-meta-ai-chats',
];

const validFrontmatter = `name: Test setting
kind: setting
summary: A setting used only to test the catalogue loader, in a sentence.
steps: [Open the app.]
regions: [uk]
ages: [adult]
protects: [ai-training]
costs: []
costNote: No cost.
effortMinutes: 1
reversible: true
reversibleHow: Turn it back.
certainty: documented
lastVerified: 2026-11-01
sources: [dpc-2025-05-statement-meta-ai]`;

const dirs: string[] = [];
function tempCatalogue(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'quiz-catalogue-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('loadCatalogue', () => {
	it('reads every item the quiz was designed for from content/settings', () => {
		const ids = loadCatalogue().map((item) => item.id);
		for (const id of EXPECTED_IDS) expect(ids).toContain(id);
	});

	it('returns the items sorted by id', () => {
		const ids = loadCatalogue().map((item) => item.id);
		expect(ids).toEqual([...ids].sort());
	});

	it('gives lastVerified as a YYYY-MM-DD date and fills in paid when it is left out', () => {
		const [item] = loadCatalogue(tempCatalogue({ 'b-test.md': `---\n${validFrontmatter}\n---\nBody.\n` }));
		expect(item).toMatchObject({ id: 'b-test', lastVerified: '2026-11-01', paid: false });
	});

	it('names the file and the field when a file does not fit the schema', () => {
		const dir = tempCatalogue({
			'broken.md': `---\n${validFrontmatter.replace('kind: setting', 'kind: wish')}\n---\n`,
		});
		expect(() => loadCatalogue(dir)).toThrow(/broken\.md.*kind/);
	});

	it('names the file when it has no frontmatter', () => {
		expect(() => frontmatterOf('Just text.', 'plain.md')).toThrow(/plain\.md/);
	});
});
