/**
 * Das Quiz auf Deutsch (du): Fragen, die Texte der Insel und der Seite. Keys wie im Englischen
 * (words/en.ts); die Sätze des Plans stehen in templates/de.ts. Regionsnamen kommen aus dem
 * Vokabular der Website (src/translations/de/).
 */
import { useTranslations } from '../../../translations';
import { regionOptions } from '../question-text';
import type { QuizLanguage } from './en';

const regions = useTranslations('de').vocabulary.regionLongNames;

const valueOptions = {
	'a-lot': { label: 'Sehr' },
	'a-little': { label: 'Ein wenig' },
	'not-at-all': { label: 'Gar nicht' },
};

export const DE: QuizLanguage = {
	questionText: {
		region: {
			prompt: 'Wo lebst du?',
			help: 'Deine Möglichkeiten auf Instagram hängen von deinem Land ab.',
			options: regionOptions(regions, 'Jedes Land, das oben nicht aufgeführt ist.'),
		},
		age: {
			prompt: 'Wie alt bist du?',
			help: 'Manche Möglichkeiten gibt es nur für Erwachsene, und Teen-Konten haben eigene Einstellungen. Eltern können für ihr jugendliches Kind antworten.',
			options: {
				teen: { label: '13 bis 17' },
				adult: { label: '18 oder älter' },
				parent: {
					label: 'Ich bin Elternteil oder Betreuungsperson und antworte für mein Kind',
					hint: 'Beantworte die übrigen Fragen für das Konto deines Kindes.',
				},
			},
		},
		account: {
			prompt: 'Was für ein Instagram-Konto hast du?',
			help: 'Nicht sicher? Persönlich ist die übliche Art.',
			options: {
				personal: { label: 'Persönlich' },
				creator: { label: 'Creator', hint: 'Ein professionelles Konto für Leute, die Inhalte erstellen.' },
				business: { label: 'Unternehmen', hint: 'Ein professionelles Konto für ein Geschäft, eine Marke oder eine Dienstleistung.' },
			},
		},
		worries: {
			prompt: 'Was davon macht dir Sorgen?',
			help: 'Wähle so viele, wie du willst, oder keine.',
			options: {
				'ai-posts': { label: 'Dass Meta seine KI mit meinen Beiträgen und Fotos trainiert' },
				'ai-chats': { label: 'Dass Meta meine Chats mit Meta AI nutzt, um seine KI zu trainieren oder meine Werbung auszuwählen' },
				'ad-profiling': { label: 'Dass ein Profil von mir erstellt wird, um die Werbung auszuwählen, die ich sehe' },
				tracking: { label: 'Dass verfolgt wird, was ich auf anderen Websites und in anderen Apps tue' },
				'public-posts': { label: 'Dass Fremde oder Suchmaschinen meine Beiträge sehen' },
				'my-data': { label: 'Dass ich nicht weiß, was Meta über mich speichert' },
			},
		},
		objected: {
			prompt: 'Hast du Meta schon einen Widerspruch gegen KI-Training geschickt?',
			help: 'Wo Meta ein Formular für den Widerspruch anbietet, hast du es vielleicht schon abgeschickt.',
			options: {
				'not-yet': { label: 'Nein, noch nicht' },
				already: { label: 'Ja, ich habe schon widersprochen' },
				undo: { label: 'Ja, und ich möchte meinen Widerspruch rückgängig machen' },
				'not-sure': { label: 'Ich weiß es nicht genau' },
			},
		},
		feed: {
			prompt: 'Wie sehr magst du einen Feed auf der Startseite, der nach deinen Vorlieben für dich ausgewählt wird?',
			options: valueOptions,
		},
		explore: {
			prompt: 'Wie sehr magst du die Vorschläge in Explore und Reels?',
			options: valueOptions,
		},
		ads: {
			prompt: 'Wie sehr willst du Werbung, die zu deinen Interessen passt?',
			help: 'Werbung siehst du so oder so. Es geht darum, ob sie zu dir passt.',
			options: valueOptions,
		},
		ai: {
			prompt: 'Wie sehr nutzt oder willst du Meta AI auf Instagram?',
			help: 'Zum Beispiel den Chat mit Meta AI oder Fragen an Meta AI in der Suche.',
			options: valueOptions,
		},
		reach: {
			prompt: 'Wie wichtig ist dir, dass deine Beiträge Leute erreichen, die dir nicht folgen?',
			options: valueOptions,
		},
		pay: {
			prompt: 'Würdest du eine monatliche Gebühr zahlen, um Instagram ohne Werbung zu nutzen?',
			help: 'Wo du lebst, bietet Meta Erwachsenen ein kostenpflichtiges Abo ohne Werbung an.',
			options: {
				yes: { label: 'Ja, das käme für mich in Frage' },
				no: { label: 'Nein' },
			},
		},
	},

	uiText: {
		progress: 'Frage {position} von {total}',
		chooseOne: 'Wähle eine Antwort, um weiterzumachen.',
		back: 'Zurück',
		next: 'Weiter',
		seePlan: 'Meinen Plan zeigen',

		linkNotice: 'Dieser Link ließ sich nicht lesen, deshalb beginnt das Quiz von vorn.',
		linkProblems: {
			broken:
				'Dieser Link ist kaputt, deshalb konnten wir die Antworten darin nicht lesen. Du kannst das Quiz stattdessen noch einmal machen.',
			changed:
				'Dieser Link enthält Antworten, die das Quiz nicht kennt. Vielleicht wurde er verändert oder abgeschnitten. Du kannst das Quiz stattdessen noch einmal machen.',
			'too-long':
				'Dieser Link ist viel länger als jeder Quiz-Link, deshalb haben wir ihn nicht gelesen. Du kannst das Quiz stattdessen noch einmal machen.',
			empty: 'Dieser Link enthält keine Antworten. Du kannst stattdessen das Quiz machen.',
			'no-version':
				'Dieser Link sagt nicht, welche Version des Quiz ihn erstellt hat, deshalb konnten wir ihn nicht lesen. Du kannst das Quiz stattdessen noch einmal machen.',
			outdated:
				'Dieser Link stammt von einer anderen Version des Quiz, und ihre Fragen haben sich geändert. Bitte mach das Quiz noch einmal.',
		},
		savedNotice: 'Deine gespeicherten Antworten ließen sich nicht lesen, deshalb beginnt das Quiz von vorn.',
		forgotten: 'Deine Antworten sind vergessen.',
		forgottenDetail: 'Alles, was das Quiz in diesem Browser gespeichert hat, ist gelöscht, auch die Häkchen.',
		notForgotten: 'Dieser Browser hat uns deine gespeicherten Antworten nicht löschen lassen.',
		notForgottenDetail: 'Lösche stattdessen die Daten dieser Website in den Einstellungen deines Browsers.',

		planHeading: 'Dein Plan',
		planReady: 'Dein Plan ist fertig.',
		loading: 'Dein Plan wird erstellt …',
		more: {
			one: '{count} weitere Einstellung, die zu deinen Sorgen passt, fehlt hier, damit der Plan kurz bleibt.',
			other: '{count} weitere Einstellungen, die zu deinen Sorgen passen, fehlen hier, damit der Plan kurz bleibt.',
		},
		moreLink: 'Alle Einstellungen ansehen.',
		leavesSite: '(verlässt diese Website)',
		stepsNote: 'Die Schritte sind so beschrieben, wie unsere Quellen sie schildern; Meta ändert seine Menüs oft.',
		readFirst: 'Lies das zuerst',
		groups: {
			first: { title: 'Mach das zuerst' },
			recommended: { title: 'Empfohlen' },
			consider: { title: 'Eine Überlegung wert', intro: 'Vielleicht: Lies den Grund und was du dafür aufgibst.' },
			'not-for-you': {
				title: 'Eher nichts für dich',
				intro: 'Diese gibt es für dich, aber sie würden dich etwas kosten, das dir nach deinen Angaben wichtig ist.',
			},
		},
		keepHeading: 'Plan aufbewahren oder teilen',
		print: 'Checkliste drucken',
		linkLabel: 'Link zu diesem Plan',
		copyLink: 'Link kopieren',
		linkNote: 'Der Link enthält deine Antworten: Wer ihn öffnet, sieht diesen Plan. Nichts wird an uns gesendet.',
		copied: 'Link kopiert.',
		copySelected: 'Der Link ist markiert: Kopiere ihn über deinen Browser.',
		changeAnswers: 'Meine Antworten ändern',
		restart: 'Quiz neu starten',
		forget: 'Meine Antworten vergessen',

		done: 'Erledigt',
		doAnyway: 'So geht es trotzdem',
		protects: 'Schützt',
		costsYou: 'Kostet dich',
		howSure: 'Wie sicher',
		time: 'Zeit',
		sources: { one: '{count} Quelle und Details', other: '{count} Quellen und Details' },
		lastVerified: 'Zuletzt geprüft am',

		broken: 'Das Quiz funktioniert in diesem Browser leider nicht mehr.',
		brokenDetail: 'Du kannst trotzdem über jede Einstellung lesen und selbst entscheiden:',
		brokenLink: 'alle Einstellungen und was sie dich kosten',
	},

	page: {
		title: 'Welche Einstellungen lohnen sich für dich? Ein kurzes Quiz',
		description:
			'Beantworte bis zu elf kurze Fragen und erhalte einen Plan: welche Instagram-Einstellungen und Formulare zu deinem Wohnort und zu dem passen, was dir wichtig ist, und was jede davon dich kostet.',
		heading: 'Welche Einstellungen lohnen sich für dich?',
		lede: 'Jede Datenschutzeinstellung auf Instagram ist eine Abwägung. Manche kosten dich nichts. Andere verändern deinen Feed, deine Werbung oder wer deine Beiträge sieht. Beantworte bis zu elf kurze Fragen (manche erscheinen nur, wenn sie auf dich zutreffen) und erhalte einen kurzen Plan, der zu deinem Wohnort passt und zu dem, was dir wichtig ist.',
		privacy:
			'Deine Antworten bleiben in diesem Browser. Nichts wird an uns oder an andere gesendet, und am Ende kannst du sie mit „{forget}“ löschen.',
		noscriptTitle: 'Das Quiz braucht JavaScript',
		noscriptText:
			'JavaScript ist in deinem Browser ausgeschaltet oder blockiert, deshalb kann das Quiz keinen Plan erstellen. Du kannst trotzdem über jede Einstellung lesen und selbst entscheiden:',
		noscriptLink: 'alle Einstellungen ansehen, was sie schützen und was sie dich kosten',
		noscriptList: 'Hier steht, wo es welche gibt:',
		everywhere: 'überall',
		after: 'Der Plan ist nur ein Vorschlag. Auf der Seite jeder Einstellung stehen alle Details und Quellen:',
		afterLink: 'alle Einstellungen',
	},
};
