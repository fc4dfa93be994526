/**
 * The notices a plan carries, as codes. Each appears only when it bears on an answer the reader
 * gave, and none recommends what the plan ruled out: the "no form" notice names only what the plan
 * itself offers instead, and says the trade-off plainly when that was ruled out.
 */
import type { Reader } from './answers';
import { formRegions, isObjectionForm } from './rules';
import { REGIONAL_FACTS } from './regional-facts';
import type { EngineItem, Plan, PlanItem, PlanNotice } from './types';

export function buildNotices(
	reader: Reader,
	plan: Omit<Plan, 'notices'>,
	catalogue: readonly EngineItem[],
	ruledOut: readonly EngineItem[],
): PlanNotice[] {
	const notices: PlanNotice[] = [];
	if (!reader.region) notices.push({ code: 'no-region' });
	if (!reader.who) notices.push({ code: 'no-age' });

	const inPlan = [plan.doFirst, ...plan.recommended, ...plan.consider].filter((p): p is PlanItem => p !== null);
	const byId = new Map(catalogue.map((i) => [i.id, i]));
	const protectsPosts = (id: string) => byId.get(id)?.protects.includes('ai-training') === true;
	const regions = formRegions(catalogue);
	const worriesPosts = reader.worries.includes('ai-posts');

	if (reader.region && reader.who === 'adult' && worriesPosts && !regions.includes(reader.region)) {
		const instead = inPlan.map((p) => p.settingId).filter((id) => protectsPosts(id) && !isObjectionForm(byId.get(id)!));
		// Non-public posts ruled out because reach matters a lot: say there is no form and what it would cost.
		const reachRuledOut = ruledOut.some((i) => i.protects.includes('ai-training') && i.costs.includes('reach'));
		notices.push(instead.length === 0 && reachRuledOut ? { code: 'no-form-reach', regions } : { code: 'no-form', regions, items: instead });
	}
	if (inPlan.some((p) => isObjectionForm(byId.get(p.settingId) ?? { kind: 'setting', protects: [] }))) {
		notices.push({ code: 'form-future-only' });
	}
	if (reader.objected === 'already') notices.push({ code: 'already-objected' });
	if (reader.objected === 'undo') notices.push({ code: 'undo-undocumented' });

	for (const fact of REGIONAL_FACTS) {
		if (!reader.region || !reader.who) continue;
		if (!fact.regions.includes(reader.region) || !fact.who.includes(reader.who)) continue;
		if (fact.worries && !fact.worries.some((w) => reader.worries.includes(w))) continue;
		notices.push({ code: 'fact', fact: fact.id, asOf: fact.asOf, certainty: fact.certainty, sources: [...fact.sources] });
	}
	return notices;
}
