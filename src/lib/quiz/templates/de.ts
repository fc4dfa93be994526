/**
 * Die Sätze des Plans auf Deutsch (du). Keys und {Platzhalter} wie in templates/en.ts; jede
 * Einschränkung („berichtet“, „wir haben keine … gefunden“) ist genau so stark wie im Englischen.
 * {aspects} lauten im Nominativ und Akkusativ gleich (feminin, Singular), weil sie in beiden
 * Fällen vorkommen; {region} und {regions} folgen auf „für“ (Akkusativ).
 */
import type { QuizTemplateSet } from './en';

export const QUIZ_TEMPLATES_DE: QuizTemplateSet = {
	locale: 'de',
	worries: {
		'ai-posts': 'KI-Training mit deinen Beiträgen und Fotos',
		'ai-chats': 'die Nutzung deiner Chats mit Meta AI für Training oder Werbung',
		'ad-profiling': 'Profilbildung für Werbung',
		tracking: 'Tracking durch andere Websites und Apps',
		'public-posts': 'die Sichtbarkeit deiner Beiträge für Fremde oder Suchmaschinen',
		'my-data': 'die Ungewissheit, was Meta über dich speichert',
	},
	aspects: {
		feed: 'die persönliche Auswahl in deinem Feed',
		explore: 'die Auswahl in Explore und Reels',
		ads: 'Werbung, die zu deinen Interessen passt',
		ai: 'die Nutzung von Meta AI',
		reach: 'die Reichweite deiner Beiträge',
	},
	regions: {
		'eu-eea': 'die EU/den EWR',
		uk: 'das Vereinigte Königreich',
		switzerland: 'die Schweiz',
		us: 'die USA',
		brazil: 'Brasilien',
		australia: 'Australien',
		elsewhere: 'ein Land, das hier nicht aufgeführt ist',
	},
	reasons: {
		worries: {
			one: 'Weil du gesagt hast, dass dir {worries} Sorgen macht.',
			other: 'Weil du gesagt hast, dass dir {worries} Sorgen machen.',
		},
		'formal-right':
			'Es ist der förmliche Widerspruch, den Meta für {region} anbietet: der eine Schritt, mit dem du Meta aufforderst, deine Informationen nicht für seine KI zu nutzen.',
		automatic: 'Instagram schaltet das für jedes Konto unter 18 ein: Du musst nichts einschalten, behalte es einfach bei.',
		folded: 'Derselbe Rat, anders gesagt: {items}.',
		'trade-off': {
			one: 'Der Preis: Es betrifft {aspects}, und das ist dir nach deinen Angaben ein wenig wichtig.',
			other: 'Der Preis: Es betrifft {aspects}, und das ist dir nach deinen Angaben ein wenig wichtig.',
		},
		'unanswered-cost': 'Es betrifft auch {aspects}, und du hast nicht gesagt, wie wichtig dir das ist.',
		'free-cost': {
			one: 'Es betrifft {aspects}, und das ist dir nach deinen Angaben nicht wichtig.',
			other: 'Es betrifft {aspects}, und das ist dir nach deinen Angaben nicht wichtig.',
		},
		pays: 'Du hast gesagt, dass du in Betracht ziehen würdest, für Instagram ohne Werbung zu zahlen, und das hier ist dieses Abo.',
		unclear: 'Die Quellen sind sich nicht einig, was es bewirkt, also sieh es als Vielleicht.',
		'not-professional': 'Berichtet wurde es vor allem für Creator- und Unternehmenskonten, daher gilt es für dich vielleicht nicht.',
		'ruled-out-cost': {
			one: 'Du hast gesagt, dass dir {aspects} sehr wichtig ist, und genau das würde es dich kosten.',
			other: 'Du hast gesagt, dass dir {aspects} sehr wichtig sind, und genau das würde es dich kosten.',
		},
		'ruled-out-paid': 'Du hast nicht gesagt, dass du zahlen würdest, und das hier ist ein kostenpflichtiges Abo.',
		'ruled-out-paid-no': 'Du hast gesagt, dass du nicht zahlen würdest, und das hier ist ein kostenpflichtiges Abo.',
		'worth-knowing':
			'Für das, was du uns gesagt hast, musst du nichts ändern. Falls du je sehen willst, was Meta über dich speichert: Hier geht das.',
	},
	notices: {
		'no-region':
			'Du hast nicht gesagt, wo du lebst, deshalb lässt dieser Plan Möglichkeiten weg, die es nur in manchen Ländern gibt, etwa das Formular für den Widerspruch gegen KI-Training.',
		'no-age':
			'Du hast nicht gesagt, wie alt du bist, deshalb lässt dieser Plan Möglichkeiten weg, die es nur für Erwachsene oder nur für Jugendliche gibt.',
		'no-form':
			'Soweit wir herausfinden konnten, gibt es dort, wo du lebst, kein Formular, mit dem du widersprechen kannst, dass Meta deine Beiträge zum Training seiner KI nutzt. Meta bietet eines nur für {regions} an. {instead}',
		'no-form-instead': { one: 'Was dein Plan stattdessen anbietet: {items}.', other: 'Was dein Plan stattdessen anbietet: {items}.' },
		'no-form-reach':
			'Soweit wir herausfinden konnten, gibt es dort, wo du lebst, kein Formular, mit dem du widersprechen kannst, dass Meta deine Beiträge zum Training seiner KI nutzt: Meta bietet eines nur für {regions} an. Der einzige Weg, den wir gefunden haben, um deine Beiträge herauszuhalten, ist, sie nicht öffentlich zu machen, sodass Leute, die dir nicht folgen, sie nicht mehr sehen. Du hast gesagt, dass dir Reichweite sehr wichtig ist, deshalb steht dieser Schritt unter „Eher nichts für dich“. Die Entscheidung liegt bei dir.',
		'form-future-only':
			'Ein Widerspruch gilt nur für die künftige Nutzung. Wie Nutzer Metas Bestätigung zitiert haben, nimmt er deine Beiträge nicht aus KI-Modellen heraus, die Meta schon trainiert hat, und er ändert weder deinen Feed noch deine Werbung.',
		'already-objected':
			'Du hast gesagt, dass du schon widersprochen hast, deshalb ist das Formular nicht in deinem Plan. Wie Nutzer Metas Bestätigung zitiert haben, gilt ein Widerspruch für die künftige Nutzung und für die anderen Konten im selben „Accounts Center“ (Kontenübersicht) (berichtet). Ein Konto, das dort nicht verknüpft ist, braucht vielleicht einen eigenen Widerspruch (berichtet).',
		'undo-undocumented':
			'Du hast gesagt, dass du deinen Widerspruch rückgängig machen willst. Wir haben bis August 2026 keine Seite von Meta gefunden, die erklärt, wie man einen Widerspruch zurückzieht oder ob man danach wieder einen schicken kann, deshalb können wir dir keinen Weg zeigen. Das Formular ist nicht in deinem Plan.',
	},
	facts: {
		'australia-no-opt-out':
			'Im September 2024 sagte Meta vor einem Untersuchungsausschuss des australischen Senats, dass Erwachsene in Australien dem KI-Training mit ihren öffentlichen Beiträgen nicht widersprechen können, außer indem sie diese nicht öffentlich machen. Wir haben seitdem nichts gefunden, was daran etwas ändert.',
		'chats-used-for-ads':
			'Medien berichten, dass Meta seit dem 16. Dezember 2025 in vielen Ländern nutzt, was Leute zu Meta AI sagen, um Inhalte und Werbung auszuwählen (die EU, das Vereinigte Königreich, Südkorea und die Schweiz wurden als ausgenommen gemeldet), und dass keine Einstellung das verhindert, außer Meta AI nicht zu nutzen.',
		'eu-chats':
			'Metas EU-Hinweis vom {date} sagt, dass das, was du mit Meta AI teilst, zur Verbesserung seiner KI genutzt wird, außer du hast widersprochen. Metas EU-Datenschutzrichtlinie führt deine Chats mit Meta AI nicht unter den Informationen auf, mit denen deine Werbung oder dein Feed ausgewählt wird.',
		'eu-teens':
			'Metas EU-Datenschutzrichtlinie ({date}) sagt, dass Meta die öffentlichen Beiträge von unter 18-Jährigen nicht zum Training seiner KI nutzt, ihre Chats mit Meta AI aber schon.',
		'uk-teens':
			'Als Meta im {date} das KI-Training im Vereinigten Königreich wieder aufnahm, sagte es, es werde die öffentlichen Inhalte von Erwachsenen nutzen. Wir haben keinen Text von Meta gefunden, der sagt, ob die Chats von unter 18-Jährigen mit Meta AI im Vereinigten Königreich genutzt werden.',
		'australia-teens':
			'Seit dem 10. Dezember 2025 dürfen Menschen unter 16 in Australien keine Social-Media-Konten haben. 2024 sagte Meta, dass Konten von unter 18-Jährigen vom KI-Training ausgenommen sind, dass aber öffentliche Fotos von Kindern, die Erwachsene gepostet haben, genutzt werden.',
		'brazil-teens':
			'Brasiliens Gesetz ECA Digital, in Kraft seit März 2026, verlangt, dass Konten von unter 16-Jährigen mit einem Elternteil oder Vormund verknüpft sind, und verbietet für Minderjährige Werbung, die auf Profilbildung beruht.',
		'teens-unknown':
			'Wir haben keine Aussage von Meta dazu gefunden, was es dort, wo du lebst, bei unter 18-Jährigen vom KI-Training ausnimmt. In der EU sagt Meta, dass es die öffentlichen Beiträge von Jugendlichen ausnimmt, aber nicht ihre Chats mit Meta AI.',
		'parent-view':
			'Eltern können das Konto eines Jugendlichen über Instagrams „Family Center“ (Elternaufsicht) beaufsichtigen, und Jugendliche unter 16 brauchen die Erlaubnis eines Elternteils, um die Einstellungen ihres Teen-Kontos zu lockern. Seit April 2026 zeigt „Insights“ im Family Center die Themen, über die dein Kind in den letzten sieben Tagen mit Meta AI gesprochen hat, nicht die Nachrichten selbst.',
	},
	certainty: { documented: '', reported: 'Berichtet:', unclear: '' },
	summary: {
		plan: {
			one: '{count} Schritt für dich. Hak ihn ab, wenn er erledigt ist.',
			other: '{count} Schritte für dich, die nützlichsten zuerst. Hak einen nach dem anderen ab.',
		},
		'no-worries':
			'Du hast nichts ausgewählt, was dir Sorgen macht, also passen deine Einstellungen zu dem, was dir wichtig ist. Eine Sache, die du wissen solltest, steht unten.',
		'nothing-available': 'Wir haben keine Einstellungen erfasst, die für deinen Wohnort und dein Alter gelten.',
		'all-ruled-out':
			'Jeder Schritt, der helfen könnte, würde dich etwas kosten, das dir nach deinen Angaben sehr wichtig ist, oder Geld. Sie stehen unter „Eher nichts für dich“, jeweils mit dem Grund, damit du trotzdem selbst entscheiden kannst.',
		'nothing-helps':
			'Keine der Einstellungen, die wir für dein Land und dein Alter kennen, hilft gegen die Sorgen, die du ausgewählt hast.',
	},
};
