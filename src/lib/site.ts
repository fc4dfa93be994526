/**
 * Facts about the site itself, in one place. The repository address is set when the site is built
 * (REPOSITORY_URL=https://github.com/<owner>/<name> npm run build), because this copy of the project
 * does not know where it will be published. Without it, About says how to report a mistake but
 * cannot link the issues page.
 */
export const SITE_NAME = 'Meta AI opt-out guide';

const repository = (process.env.REPOSITORY_URL ?? '').trim().replace(/\/+$/, '');

/** The project's public repository, or undefined when the build was not told it. */
export const REPOSITORY_URL: string | undefined = /^https:\/\/\S+$/.test(repository) ? repository : undefined;

/** Where a reader reports a mistake: the repository's issues page. */
export const REPORT_MISTAKE_URL: string | undefined = REPOSITORY_URL ? `${REPOSITORY_URL}/issues` : undefined;
