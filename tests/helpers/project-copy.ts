// A throwaway copy of the project for tests that break a content file on purpose and run
// `astro sync` (which validates every content file). Shared by every "bad content" test so each
// copies exactly what the build needs (src, content, public, scripts and config).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_ITEMS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

const copies: string[] = [];

/** Copies the project to a fresh temp folder (node_modules shared through a symlink) and returns its path. */
export function copyProject(label = 'bad-content'): string {
	const dir = mkdtempSync(join(tmpdir(), `guide-${label}-`));
	copies.push(dir);
	for (const item of PROJECT_ITEMS) cpSync(resolve(item), join(dir, item), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/** Removes every copy made so far (call from afterAll). */
export function removeProjectCopies(): void {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs `astro sync` in `dir`: ok is false when validation failed, output holds what Astro printed. */
export function syncOutput(dir: string): { ok: boolean; output: string } {
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
