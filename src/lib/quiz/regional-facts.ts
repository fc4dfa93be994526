/**
 * Dated, sourced claims about what Meta does where the reader lives, as data. The plan shows one as
 * a notice only when it bears on an answer: the reader lives in one of its regions, is one of `who`,
 * and (when `worries` is given) ticked one of those worries. Each claim's words are a template per
 * language (key `facts.<id>` in the templates); the facts, dates and sources are here, once.
 * `facts` are ids in the research notes (facts.md, facts-2026.md); `sources` are ids in content/sources.
 * A test checks every source id exists.
 */
import { REGIONS, type Certainty, type Region } from '../vocabulary';
import type { ReaderAge, Worry } from './questions';

export interface RegionalFact {
	id: string;
	regions: readonly Region[];
	who: readonly ReaderAge[];
	/** Shown only to readers who ticked one of these; to every such reader when absent. */
	worries?: readonly Worry[];
	certainty: Certainty;
	/** The date of the newest source the claim rests on (YYYY-MM-DD or YYYY-MM). */
	asOf: string;
	facts: readonly string[];
	sources: readonly string[];
}

const ALL_WHO: readonly ReaderAge[] = ['teen', 'adult', 'parent'];
const TEENS: readonly ReaderAge[] = ['teen', 'parent'];

export const REGIONAL_FACTS: readonly RegionalFact[] = [
	{
		// Meta told an Australian Senate inquiry that adults there cannot opt out (The Age, 2024).
		id: 'australia-no-opt-out',
		regions: ['australia'],
		who: ['adult'],
		worries: ['ai-posts'],
		certainty: 'reported',
		asOf: '2024-09-11',
		facts: ['A21', 'E14'],
		sources: ['theage-2024-09-australians-cannot-opt-out'],
	},
	{
		// Since 16 December 2025, chats with Meta AI choose content and ads in many countries; reported
		// exclusions: EU, UK, South Korea (B17) and Switzerland (E18); Brazil is not excluded (E12).
		id: 'chats-used-for-ads',
		regions: ['us', 'brazil', 'australia', 'elsewhere'],
		who: ALL_WHO,
		worries: ['ai-chats'],
		certainty: 'reported',
		asOf: '2025-10-01',
		facts: ['B16', 'B17', 'E12', 'E18'],
		sources: ['newsmax-2025-10-meta-ai-chats-personalize'],
	},
	{
		// Meta's EU texts of July 2026: chats with Meta AI improve its AI unless you object (E2), and
		// are not among the data used to personalise ads or content (E3).
		id: 'eu-chats',
		regions: ['eu-eea'],
		who: ['adult'],
		worries: ['ai-chats'],
		certainty: 'documented',
		asOf: '2026-07-23',
		facts: ['E2', 'E3'],
		sources: ['meta-2026-07-eu-policy-update-notice', 'meta-2026-07-instagram-privacy-policy-eu'],
	},
	{
		// EU: teens' public posts are left out of AI training; their chats with Meta AI are not (E4).
		id: 'eu-teens',
		regions: ['eu-eea'],
		who: TEENS,
		certainty: 'documented',
		asOf: '2026-07-23',
		facts: ['E4', 'A25'],
		sources: ['meta-2026-07-instagram-privacy-policy-eu', 'meta-newsroom-2025-04-ai-europeans'],
	},
	{
		// UK: the training that restarted in 2024 was reported to cover adults' public content (A9).
		id: 'uk-teens',
		regions: ['uk'],
		who: TEENS,
		certainty: 'reported',
		asOf: '2024-09-13',
		facts: ['A9'],
		sources: ['fastcompany-2024-09-meta-uk-ai-training'],
	},
	{
		// Australia: under-16s may not hold accounts since 10 December 2025 (E14); Meta said under-18
		// accounts are left out of training, though children in adults' public photos are not (A31).
		id: 'australia-teens',
		regions: ['australia'],
		who: TEENS,
		certainty: 'reported',
		asOf: '2026-01-13',
		facts: ['E14', 'A31'],
		sources: ['anews-2026-01-australia-under-16-accounts', 'engadget-2024-09-meta-scraped-australian-accounts'],
	},
	{
		// Brazil: ECA Digital, in force since March 2026: under-16s' accounts linked to a guardian,
		// no profiling-based ads to minors (E13).
		id: 'brazil-teens',
		regions: ['brazil'],
		who: TEENS,
		certainty: 'reported',
		asOf: '2026-03',
		facts: ['E13'],
		sources: ['correiobraziliense-2026-03-eca-digital'],
	},
	{
		// Nowhere else did we find what Meta leaves out for under-18s; say so rather than guess.
		id: 'teens-unknown',
		regions: ['switzerland', 'us', 'elsewhere'],
		who: TEENS,
		certainty: 'unclear',
		asOf: '2026-08-22',
		facts: ['E.5'],
		sources: [],
	},
	{
		// Parents: supervision in Family Center; under-16s need a parent to loosen Teen Account settings
		// (C23); Insights shows topics of the teen's Meta AI chats over 7 days, not the messages (E22).
		id: 'parent-view',
		regions: REGIONS,
		who: ['parent'],
		certainty: 'reported',
		asOf: '2026-04-29',
		facts: ['C23', 'E22'],
		sources: ['ap-2024-09-instagram-teen-accounts', 'therundown-2026-04-meta-ai-parental-insights'],
	},
];
