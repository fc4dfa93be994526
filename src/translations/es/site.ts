/**
 * Spanish interface words for the page frame and the pages themselves; keys and function parameters
 * as in src/translations/en/site.ts. The reader is "tú"; key terms follow content/translations/es/GLOSSARY.md.
 */
import type { UiText } from '../en';
import { languageNames } from './grammar';

export const siteText: UiText['site'] = {
	name: 'Guía del opt-out de Meta AI',
	shareImageAlt: 'Guía del opt-out de Meta AI: lo que Instagram usa para la IA y los ajustes que lo limitan',
	skipLink: 'Saltar al contenido principal',
	feedTitle: 'Qué cambió: Meta AI y tus datos de Instagram',
	nav: {
		mainLabel: 'Principal',
		footerLabel: 'Pie de página',
		guide: 'Guía',
		quiz: 'Cuestionario',
		settings: 'Ajustes',
		faq: 'Preguntas',
		tips: 'Consejos',
		changes: 'Qué cambió',
		sources: 'Fuentes',
		about: 'Sobre la guía y privacidad',
		translations: 'Traducciones',
	},
	footer: {
		independent:
			'Una guía independiente, no hecha por Meta ni por Instagram. Este sitio no tiene analíticas, no instala cookies y no carga nada de otros sitios web.',
	},
	/** "Las pruebas más recientes que tiene este sitio son de finales de agosto de 2026 …": `month` e.g. "agosto de 2026". */
	evidence: {
		part: {
			early: (month: string) => `principios de ${month}`,
			mid: (month: string) => `mediados de ${month}`,
			late: (month: string) => `finales de ${month}`,
		},
		sentence: (when: string) =>
			`Las pruebas más recientes que tiene este sitio son de ${when}. Lo que Meta haya cambiado después no se recoge aquí.`,
		newestDated: 'La fuente fechada más reciente es del',
		howWeCheck: 'Cómo lo comprobamos',
		checkedUpTo: 'Comprobado con sus fuentes hasta el',
		menusChange: 'Meta cambia sus menús a menudo, por eso cada página muestra su propia fecha.',
	},
	language: {
		label: 'Idioma',
		missing: (language: string) =>
			`Esta página aún no está traducida al ${languageNames[language] ?? language}, así que se muestra en inglés.`,
		outdated: 'La página en inglés ha cambiado desde que se hizo esta traducción. Puede que le falten los datos más recientes.',
		readEnglish: 'Leer la página en inglés',
		menuLabels:
			'Los nombres de los menús de Instagram aparecen en inglés, como los muestran nuestras fuentes, con la traducción entre paréntesis. Tu app puede mostrarlos en español.',
		/** Shown on English pages to a reader whose browser asks for Spanish first. */
		suggest: 'Lee esta página en español',
	},
	translations: {
		title: 'Traducciones: qué está al día',
		description: 'Qué páginas de esta guía están traducidas a cada idioma y qué traducciones van por detrás del inglés.',
		lede: 'Cada página se escribe primero en inglés. Una traducción registra de qué versión de la página en inglés se hizo; cuando el inglés cambia, la página traducida lo avisa hasta que se actualiza la traducción.',
		current: 'Al día',
		outdated: 'Por detrás del inglés',
		missing: 'Aún sin traducir',
		allCurrent: 'Todas las páginas están traducidas y coinciden con el inglés.',
		collections: {
			guide: 'Guía',
			faq: 'Preguntas y respuestas',
			pages: 'Otras páginas',
			tips: 'Consejos',
			settings: 'Ajustes',
			regions: 'Regiones',
			changes: 'Qué cambió',
		},
		interfaceNote: 'Los menús, los botones y las etiquetas se traducen aparte y están completos en todos los idiomas.',
	},
	dates: {
		lastChecked: 'Comprobado por última vez con sus fuentes:',
		newestSource: 'Fuente más reciente:',
		noneDated: 'Ninguna de sus fuentes tiene fecha.',
		whatThisMeans: 'Qué significa esto',
		undated: 'sin fecha',
	},
	sources: {
		heading: 'Fuentes',
		primary: 'Fuente primaria.',
		secondary: 'Fuente secundaria (según informes).',
		reprints: 'Reproduce o informa sobre:',
		readVia: 'Consultada a través de una',
		storedCopy: 'copia guardada',
		pageTitle: 'Fuentes',
		pageDescription:
			'Todas las fuentes en las que se basa esta guía: las páginas de la propia Meta, reguladores, tribunales y prensa, con fechas.',
		pageLede: (count: number) => `Cada página de esta guía indica sus fuentes. Aquí están todas juntas: ${count} en total.`,
		kindsExplained: {
			primaryName: 'Las fuentes primarias',
			primaryText: 'son las páginas de la propia Meta, los reguladores, los tribunales y la ley.',
			secondaryName: 'Las fuentes secundarias',
			secondaryText:
				'son noticias y guías; la guía dice «según informes» o «según informó» cuando se basa en una de ellas. Cuando no se pudo leer directamente la página original, la entrada enlaza a la copia guardada que se leyó.',
		},
		primaryHeading: (count: number) => `Fuentes primarias (${count})`,
		secondaryHeading: (count: number) => `Fuentes secundarias (${count})`,
		titlesNote: 'Las fuentes conservan sus propios títulos, en el idioma en que se publicaron.',
	},
	regionBadges: {
		appliesTo: 'Se aplica a',
		everywhere: 'En todas partes',
		regionSpecific: 'Datos de esta sección que dependen de la región',
		availableIn: 'Disponible en',
		for: 'Para',
	},
	aside: {
		note: 'Nota',
		uncertain: 'Lo que no se sabe',
		region: 'Depende de dónde vivas',
	},
	toc: 'En esta página',
	prevNext: { label: 'Sección anterior y siguiente', previous: 'Anterior', next: 'Siguiente' },
	home: {
		description:
			'Qué hace Meta AI en Instagram con tus publicaciones, si puedes excluirte donde vives y qué ajustes cambiar. Con palabras sencillas, con fuentes y sin rastreo.',
	},
	guide: {
		title: 'La guía',
		description: 'Secciones cortas sobre qué hace Meta AI en Instagram con tus datos, qué cambia si te excluyes y qué te cuesta.',
		lede: (count: number) =>
			`${count} secciones cortas y un resumen, de alrededor de un minuto cada una. Léelas en orden o ve directamente a la que necesites.`,
		checkedUpTo: 'Secciones comprobadas hasta el',
		sectionOf: (position: number, total: number) => `Guía, sección ${position} de ${total}`,
		conclusionLine: 'Guía, conclusión',
		conclusionNav: 'Qué hacer ahora',
		conclusionText: 'La versión corta: qué cambiar hoy y qué vigilar.',
		toFaq: 'Preguntas y respuestas',
	},
	faq: {
		description:
			'Respuestas claras a las preguntas que la gente se hace sobre Meta AI en Instagram: la oposición, los mensajes directos, las regiones, los adolescentes, cómo deshacerlo.',
		topics: 'Temas',
		moreInGuide: 'Más en la guía:',
		all: 'Todas las preguntas y respuestas',
		howToDoIt: (name: string) => `Cómo hacerlo: ${name}`,
		settingDetails: 'Qué protege, qué cuesta y sus fuentes',
	},
	setting: {
		allSettings: 'Todos los ajustes',
		howSure: (label: string) => `Hasta qué punto estamos seguros: ${label}.`,
		certaintyExplained: {
			documented: 'Lo dicen las páginas, políticas o formularios de la propia Meta.',
			reported:
				'Los pasos o los detalles clave vienen de noticias o guías, no de Meta. Cuando un texto de Meta confirma una parte, la página lo dice.',
			unclear: 'Nuestras fuentes no coinciden en esto, así que toma los detalles con cautela.',
		},
		howHeading: 'Cómo hacerlo',
		onWeb: 'En instagram.com',
		tradeOffHeading: 'Qué protege y qué cuesta',
		protects: 'Protege',
		protectsNothing: 'Ninguno de tus datos. Cambia lo que se te muestra, no lo que Meta recopila o usa.',
		costs: 'Lo que te cuesta',
		time: 'Tiempo que lleva',
		effort: (minutes: number) => `Alrededor de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`,
		undo: '¿Se puede deshacer?',
		yes: 'Sí.',
		no: 'No.',
		detailsHeading: 'Lo que conviene saber',
		quizLine: '¿No sabes si te compensa?',
		quizLink: 'El cuestionario',
		quizLineEnd: 'lo compara con lo que más te importa.',
		nothingDocumented: 'Nada documentado',
		stepsBy: (publisher: string) => `Pasos tal como los describe ${publisher}.`,
		settingsDescription:
			'Todos los ajustes, formularios y hábitos de Instagram de esta guía, agrupados según lo que protegen: dónde existen, qué te cuestan y hasta qué punto están seguras las fuentes.',
		wantQuiz: '¿Prefieres una lista corta hecha para ti?',
		takeQuiz: 'Hacer el cuestionario',
		groupsHeading: 'Lo que protege',
		regionMostImportant: (region: string) => `Lo más importante en ${region}, con los pasos`,
	},
	tips: {
		title: (count: number) => (count === 6 ? 'Seis cosas que puedes hacer hoy' : `${count} cosas que puedes hacer hoy`),
		description:
			'Seis cosas que hacer hoy sobre Meta AI y tus datos de Instagram, de la más importante a la menos, cada una con un enlace a sus pasos.',
		lede: 'La más importante primero. Cada una enlaza a sus pasos.',
		howTo: (name: string) => `Cómo hacerlo: ${name}`,
	},
	regions: {
		description:
			'Elige dónde vives para ver qué puedes hacer allí sobre Meta AI en Instagram, con los pasos y los enlaces de la propia Meta.',
		inLanguage: (language: string) => `en ${languageNames[language] ?? language}`,
	},
	changes: {
		title: 'Qué cambió y cuándo',
		description:
			'Un registro con fechas de los movimientos de Meta sobre la IA y los datos, y de las sentencias y declaraciones de reguladores en torno a ellos, de lo más reciente a lo más antiguo, cada uno con sus fuentes.',
		lede: 'Lo que Meta cambió sobre la IA y tus datos, y lo que hicieron al respecto tribunales, reguladores y legisladores, desde marzo de 2024. Lo más reciente primero. Cada entrada nombra sus fuentes y enlaza a las páginas de esta guía que cambió.',
		howFar: 'Hasta dónde llega esto:',
		reportedMeans:
			'«Según informó» significa que solo lo dice la prensa o una guía: ni Meta, ni un regulador ni un tribunal lo han confirmado en las fuentes que encontramos. Cuando una fuente da solo el mes, nosotros también.',
		feedBefore: 'Sigue esta lista en un lector de feeds:',
		feedLink: 'Feed Atom de los cambios',
		feedLanguage: ' (en inglés)',
		feedAfter: (count: number) => `La lista tiene ${count} ${count === 1 ? 'entrada' : 'entradas'} y se comprobó por última vez el`,
		yearsLabel: 'Años',
		whereUnsaid: 'Las fuentes no dicen dónde.',
		whereApplies: 'Dónde se aplica',
		pagesChanged: 'Páginas que cambió:',
		sources: 'Fuentes:',
		affected: {
			guide: (title: string) => `Guía: ${title}`,
			faq: (question: string) => `Pregunta: ${question}`,
			setting: (name: string) => `Ajuste: ${name}`,
		},
		lastChecked: 'Comprobado por última vez con sus fuentes:',
		linkToEntry: 'Enlace a esta entrada',
	},
	notFound: {
		title: 'Página no encontrada',
		description: 'Esta página no existe. Estas son las formas de entrar en la guía.',
		text: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error de escritura.',
		start: 'Página de inicio',
	},
};
