/**
 * English, the source language: every interface string the site shows. Other languages copy this
 * folder's files with the same keys (see src/translations/index.ts).
 */
import * as vocabulary from './vocabulary';
import { journeyText } from './journey';
import { searchText } from './search';
import { siteText } from './site';

/** Strings become `string`, so a translation may say anything; functions keep their parameters. */
export type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Widen<R>
		: T extends readonly (infer U)[]
			? readonly Widen<U>[]
			: T extends object
				? { -readonly [K in keyof T]: Widen<T[K]> }
				: T;

export const en = {
	vocabulary: { ...vocabulary },
	journey: journeyText,
	site: siteText,
	search: searchText,
};

export type UiText = Widen<typeof en>;
