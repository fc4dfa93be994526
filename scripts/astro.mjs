// Runs the Astro command line with telemetry off: the site sends nothing anywhere, and neither do its
// tools. (An environment variable in package.json would not work in every shell, Windows' included.)
// Usage: node scripts/astro.mjs <astro arguments>, e.g. `node scripts/astro.mjs check`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// astro's package exports do not include its bin script, so find it next to its package.json.
const cli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(run.status ?? 1);
