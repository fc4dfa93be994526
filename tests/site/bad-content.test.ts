// A content file with a bad field stops the build with a message that names the file and the field.
// Runs `astro sync` (which validates every content file) on a temporary copy of the project.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, removeProjectCopies, syncOutput } from '../helpers/project-copy';

afterAll(removeProjectCopies);

describe('a content file with a bad field', () => {
	it('stops the build and names the file and the missing lastVerified field', () => {
		const dir = copyProject();
		const file = join(dir, 'content/guide/privacy-implications.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^lastVerified:.*\n/m, ''));
		const { ok, output } = syncOutput(dir);
		expect(ok).toBe(false);
		expect(output).toMatch(/privacy-implications/);
		expect(output).toMatch(/lastVerified/);
	});

	it('stops the build and names a source URL that is not https', () => {
		const dir = copyProject();
		const file = join(dir, 'content/sources/dpc-2025-05-statement-meta-ai.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('https://', 'http://'));
		const { ok, output } = syncOutput(dir);
		expect(ok).toBe(false);
		expect(output).toMatch(/dpc-2025-05-statement-meta-ai/);
		expect(output).toMatch(/url/);
	});
});
