// Reads the JSON reports of Vitest and Playwright, and the checks .ci/run recorded in checks.txt
// (ESLint, astro check, ...: one test each), and prints one line: "N passed, N failed".
// A report that is missing or unreadable counts as a failure, so a crashed runner never looks green.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.ci-results';
let passed = 0;
let failed = 0;

function read(name) {
	const file = join(dir, name);
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		console.log(`${name}: report is not valid JSON`);
		return undefined;
	}
}

const vitest = read('vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests + (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? vitest.numFailedTestSuites : 0);
	console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numFailedTestSuites} failed files`);
} else {
	failed += 1;
	console.log('vitest: no report (the run did not finish)');
}

const browserExpected = process.argv.includes('--expect-browser');
const playwright = read('playwright.json');
if (playwright) {
	const s = playwright.stats ?? {};
	passed += (s.expected ?? 0) + (s.flaky ?? 0);
	failed += s.unexpected ?? 0;
	console.log(`playwright: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed, ${s.flaky ?? 0} flaky, ${s.skipped ?? 0} skipped`);
} else if (browserExpected) {
	failed += 1;
	console.log('playwright: no report (the run did not finish)');
}

const checksFile = join(dir, 'checks.txt');
if (existsSync(checksFile)) {
	for (const line of readFileSync(checksFile, 'utf8').split('\n').filter(Boolean)) {
		const [result, ...name] = line.split(' ');
		if (result === 'pass') passed += 1;
		else failed += 1;
		console.log(`check: ${name.join(' ')}: ${result === 'pass' ? 'passed' : 'FAILED'}`);
	}
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
