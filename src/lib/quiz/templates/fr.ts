/**
 * Les phrases du plan en français (vous). Mêmes clés et {espaces réservés} que templates/en.ts ;
 * chaque réserve (« rapporté », « nous n'avons trouvé aucun… ») reste exactement aussi forte qu'en
 * anglais. {region} et {regions} suivent « pour » (avec leur article : « pour le Royaume-Uni »).
 * Pluriels : one, many et other, les catégories d'Intl.PluralRules pour le français.
 */
import type { QuizTemplateSet } from './en';

export const QUIZ_TEMPLATES_FR: QuizTemplateSet = {
	locale: 'fr',
	worries: {
		'ai-posts': "l'entraînement de l'IA sur vos publications et vos photos",
		'ai-chats': "l'utilisation de vos conversations avec Meta AI pour l'entraînement ou la publicité",
		'ad-profiling': 'le profilage publicitaire',
		tracking: "le suivi par d'autres sites et applications",
		'public-posts': 'la visibilité de vos publications pour des inconnus ou des moteurs de recherche',
		'my-data': 'le fait de ne pas savoir ce que Meta garde sur vous',
	},
	aspects: {
		feed: 'un fil choisi pour vous',
		explore: "ce qu'Explorer et Reels choisissent pour vous",
		ads: "la pertinence des publicités pour vos centres d'intérêt",
		ai: "l'utilisation de Meta AI",
		reach: 'la portée de vos publications',
	},
	regions: {
		'eu-eea': "l'UE/EEE",
		uk: 'le Royaume-Uni',
		switzerland: 'la Suisse',
		us: 'les États-Unis',
		brazil: 'le Brésil',
		australia: "l'Australie",
		elsewhere: "un pays qui n'est pas dans cette liste",
	},
	reasons: {
		worries: {
			one: 'Parce que vous avez dit que {worries} vous inquiète.',
			many: 'Parce que vous avez dit que {worries} vous inquiètent.',
			other: 'Parce que vous avez dit que {worries} vous inquiètent.',
		},
		'formal-right':
			"C'est l'opposition formelle que Meta propose pour {region} : la seule démarche qui demande à Meta de ne pas utiliser vos informations pour son IA.",
		automatic: "Instagram les active pour tous les comptes de moins de 18 ans : il n'y a rien à activer, gardez-les simplement.",
		folded: 'Le même conseil, dit autrement : {items}.',
		'trade-off': {
			one: 'La contrepartie : cela touche {aspects}, et vous avez dit que cela compte un peu pour vous.',
			many: 'La contrepartie : cela touche {aspects}, et vous avez dit que cela compte un peu pour vous.',
			other: 'La contrepartie : cela touche {aspects}, et vous avez dit que cela compte un peu pour vous.',
		},
		'unanswered-cost': "Cela touche aussi {aspects}, et vous n'avez pas dit à quel point cela compte pour vous.",
		'free-cost': {
			one: 'Cela touche {aspects}, et vous avez dit que cela ne compte pas pour vous.',
			many: 'Cela touche {aspects}, et vous avez dit que cela ne compte pas pour vous.',
			other: 'Cela touche {aspects}, et vous avez dit que cela ne compte pas pour vous.',
		},
		pays: 'Vous avez dit que vous envisageriez de payer pour utiliser Instagram sans publicité, et voici cet abonnement.',
		unclear: "Les sources ne sont pas d'accord sur ce que cela fait : considérez-le comme un peut-être.",
		'not-professional': 'Cela a été rapporté surtout pour les comptes créateur et entreprise, donc cela ne vous concerne peut-être pas.',
		'ruled-out-cost': {
			one: 'Vous avez dit que {aspects} compte beaucoup pour vous, et ceci vous en priverait.',
			many: 'Vous avez dit que {aspects} comptent beaucoup pour vous, et ceci vous en priverait.',
			other: 'Vous avez dit que {aspects} comptent beaucoup pour vous, et ceci vous en priverait.',
		},
		'ruled-out-paid': "Vous n'avez pas dit que vous paieriez, et ceci est un abonnement payant.",
		'ruled-out-paid-no': 'Vous avez dit que vous ne paieriez pas, et ceci est un abonnement payant.',
		'worth-knowing':
			"Rien n'est à changer pour ce que vous nous avez dit. Si un jour vous voulez voir ce que Meta garde sur vous, c'est ici.",
	},
	notices: {
		'no-region':
			"Vous n'avez pas dit où vous vivez : ce plan laisse donc de côté les choix qui n'existent que dans certains pays, comme le formulaire d'opposition à l'entraînement de l'IA.",
		'no-age': "Vous n'avez pas dit quel âge vous avez : ce plan laisse donc de côté les choix réservés aux adultes ou aux ados.",
		'no-form':
			"D'après nos recherches, il n'existe pas, là où vous vivez, de formulaire pour vous opposer à ce que Meta utilise vos publications pour entraîner son IA. Meta n'en propose un que pour {regions}. {instead}",
		'no-form-instead': {
			one: 'Ce que votre plan propose à la place : {items}.',
			many: 'Ce que votre plan propose à la place : {items}.',
			other: 'Ce que votre plan propose à la place : {items}.',
		},
		'no-form-reach':
			"D'après nos recherches, il n'existe pas, là où vous vivez, de formulaire pour vous opposer à ce que Meta utilise vos publications pour entraîner son IA : Meta n'en propose un que pour {regions}. Le seul moyen que nous avons trouvé pour garder vos publications à l'écart est de les rendre non publiques, pour que les personnes qui ne vous suivent pas ne les voient plus. Vous avez dit que la portée compte beaucoup pour vous : cette étape est donc sous « Probablement pas pour vous ». C'est à vous de choisir.",
		'form-future-only':
			"L'opposition ne couvre que l'utilisation future. Selon la confirmation de Meta citée par des utilisateurs, elle ne retire pas vos publications des modèles d'IA que Meta a déjà entraînés, et elle ne change ni votre fil ni vos publicités.",
		'already-objected':
			"Vous avez dit avoir déjà envoyé votre opposition : le formulaire n'est donc pas dans votre plan. Selon la confirmation de Meta citée par des utilisateurs, une opposition couvre l'utilisation future et les autres comptes du même « Accounts Center » (Espace Comptes) (rapporté). Un compte qui n'y est pas relié peut avoir besoin de sa propre opposition (rapporté).",
		'undo-undocumented':
			"Vous avez dit vouloir retirer votre opposition. Nous n'avons trouvé aucune page de Meta, jusqu'en août 2026, qui explique comment retirer une opposition ou si l'on peut en envoyer une nouvelle ensuite : nous ne pouvons donc pas vous indiquer de moyen. Le formulaire n'est pas dans votre plan.",
	},
	facts: {
		'australia-no-opt-out':
			"En septembre 2024, Meta a déclaré devant une commission d'enquête du Sénat australien que les adultes en Australie ne peuvent pas refuser l'entraînement de l'IA sur leurs publications publiques, sauf en les rendant non publiques. Nous n'avons rien trouvé depuis qui change cela.",
		'chats-used-for-ads':
			"Des articles disent que depuis le 16 décembre 2025, Meta utilise ce que les gens disent à Meta AI pour choisir des contenus et des publicités dans de nombreux pays (l'UE, le Royaume-Uni, la Corée du Sud et la Suisse ont été rapportés comme exclus), et qu'aucun réglage ne l'empêche, sauf ne pas utiliser Meta AI.",
		'eu-chats':
			"L'avis de Meta pour l'UE de {date} dit que ce que vous partagez avec Meta AI sert à améliorer son IA, sauf si vous avez fait opposition. Sa politique de confidentialité pour l'UE ne cite pas vos conversations avec Meta AI parmi les informations utilisées pour choisir vos publicités ou votre fil.",
		'eu-teens':
			"La politique de confidentialité de Meta pour l'UE ({date}) dit que Meta n'utilise pas les publications publiques des moins de 18 ans pour entraîner son IA, mais qu'il utilise bien leurs conversations avec Meta AI.",
		'uk-teens':
			"Quand Meta a repris l'entraînement de l'IA au Royaume-Uni en {date}, l'entreprise a dit qu'elle utiliserait le contenu public des adultes. Nous n'avons trouvé aucun texte de Meta indiquant si les conversations des moins de 18 ans avec Meta AI sont utilisées au Royaume-Uni.",
		'australia-teens':
			"Depuis le 10 décembre 2025, les moins de 16 ans en Australie n'ont pas le droit d'avoir un compte sur les réseaux sociaux. En 2024, Meta a dit que les comptes des moins de 18 ans sont exclus de l'entraînement de son IA, mais que des photos publiques d'enfants publiées par des adultes sont utilisées.",
		'brazil-teens':
			'La loi brésilienne ECA Digital, en vigueur depuis mars 2026, exige que les comptes des moins de 16 ans soient reliés à un parent ou un tuteur légal et interdit pour les mineurs les publicités fondées sur le profilage.',
		'teens-unknown':
			"Nous n'avons trouvé aucune déclaration de Meta sur ce que Meta exclut de l'entraînement de l'IA pour les moins de 18 ans là où vous vivez. Dans l'UE, Meta dit exclure les publications publiques des ados, mais pas leurs conversations avec Meta AI.",
		'parent-view':
			"Les parents peuvent superviser le compte d'un ado avec le « Family Center » (Espace Famille) d'Instagram, et les ados de moins de 16 ans ont besoin de l'accord d'un parent pour assouplir les réglages de leur compte Ado. Depuis avril 2026, les « Insights » (Aperçus) du Family Center montrent les sujets dont votre ado a parlé avec Meta AI au cours des sept derniers jours, pas les messages eux-mêmes.",
	},
	certainty: { documented: '', reported: 'Rapporté :', unclear: '' },
	summary: {
		plan: {
			one: '{count} étape pour vous. Cochez-la quand elle est faite.',
			many: "{count} étapes pour vous, les plus utiles d'abord. Cochez chacune au fur et à mesure.",
			other: "{count} étapes pour vous, les plus utiles d'abord. Cochez chacune au fur et à mesure.",
		},
		'no-worries':
			"Vous n'avez rien choisi qui vous inquiète : vos réglages conviennent donc à ce qui compte pour vous. Une chose bonne à savoir se trouve ci-dessous.",
		'nothing-available': "Nous n'avons aucun réglage répertorié qui s'applique à l'endroit où vous vivez et à votre âge.",
		'all-ruled-out':
			"Chaque étape qui pourrait aider vous coûterait quelque chose qui compte beaucoup pour vous, d'après vos réponses, ou de l'argent. Elles sont sous « Probablement pas pour vous », chacune avec sa raison, pour que vous puissiez quand même décider.",
		'nothing-helps':
			"Aucun des réglages que nous connaissons pour votre pays et votre âge n'aide contre les inquiétudes que vous avez choisies.",
	},
};
