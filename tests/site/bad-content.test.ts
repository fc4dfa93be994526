// A content file with a bad field stops the build with a message that names the file and the field.
// Runs `astro sync` (which validates every content file) on a temporary copy of the project.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const copies: string[] = [];

function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'guide-bad-content-'));
	copies.push(dir);
	for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(resolve(item), join(dir, item), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

function syncOutput(dir: string): { ok: boolean; output: string } {
	try {
		const out = execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'sync'], {
			cwd: dir,
			encoding: 'utf8',
			stdio: 'pipe',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		return { ok: true, output: out };
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		return { ok: false, output: `${e.stdout ?? ''}\n${e.stderr ?? ''}` };
	}
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

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
