/**
 * Spanish interface words for the journey pages and components; keys and function parameters as in
 * src/translations/en/journey.ts. The reader is "tú"; key terms follow content/translations/es/GLOSSARY.md.
 */
import type { UiText } from '../en';

export const journeyText: UiText['journey'] = {
	/** How each region reads on the "¿Dónde vives?" links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'Unión Europea', hint: 'o Islandia, Liechtenstein, Noruega' },
		uk: { name: 'Reino Unido' },
		switzerland: { name: 'Suiza' },
		us: { name: 'Estados Unidos' },
		brazil: { name: 'Brasil' },
		australia: { name: 'Australia' },
		elsewhere: { name: 'Otro lugar', hint: 'cualquier otro país' },
	},
	home: {
		title: 'Meta AI y tu Instagram: lo que puedes cambiar',
		lede: 'Meta entrena su IA con las publicaciones públicas de Instagram. Que puedas decir que no depende de dónde vivas. Elige tu región para ver lo que puedes hacer, con los pasos.',
		whereHeading: '¿Dónde vives?',
		whereHint: 'Con un toque llegas a lo que puedes hacer allí, con los pasos y los enlaces de la propia Meta.',
		planHeading: '¿Quieres un plan hecho para ti?',
		planText: 'Responde a unas pocas preguntas. Tus respuestas se quedan en tu teléfono.',
		planLink: 'Hacer mi plan',
		moreHeading: 'O lee primero',
		guide: (count: number) => ({
			link: 'Leer la guía',
			text: `${count} secciones cortas y un resumen, de alrededor de un minuto cada una.`,
		}),
		faq: (count: number) => ({ link: 'Encuentra tu pregunta', text: `${count} preguntas, cada una respondida primero en una sola línea.` }),
		settings: (count: number) => ({
			link: 'Todos los ajustes',
			text: `${count} ajustes, formularios y hábitos, agrupados según lo que protegen.`,
		}),
		tips: { link: 'Seis cosas que hacer hoy', text: 'Cada una enlaza a sus pasos.' },
		privacyHeading: 'Este sitio no te rastrea',
		privacyText: 'Sin analíticas, sin cookies, sin anuncios, y no se carga nada de otros sitios web.',
		privacyLink: 'Quién hizo esta guía',
	},
	region: {
		canHeading: 'En resumen',
		actionsHeading: (count: number) => (count === 1 ? 'Lo que más importa' : `Las ${count} cosas que más importan`),
		notesHeading: 'Lo que conviene saber',
		planHeading: 'Un plan para ti',
		planText: 'El cuestionario compara estos pasos con el uso que haces de Instagram y prepara un plan corto que puedes imprimir.',
		planLink: 'Hacer mi plan',
		faqHeading: 'Preguntas que se hace la gente de aquí',
		authoritiesHeading: 'Quién supervisa esto aquí',
		otherRegions: '¿Vives en otro lugar?',
	},
	action: {
		metaLinks: 'Página de la propia Meta',
		metaLinksMany: 'Páginas de la propia Meta',
		steps: 'Pasos en la app de Instagram',
		anotherWay: (label: string) => `Otra forma: ${label}`,
		protects: 'Protege',
		costs: 'Lo que te cuesta',
		costsNothing: 'Nada documentado',
		protectsNothing: 'Ninguno de tus datos',
		checked: 'Comprobado con sus fuentes',
		more: (name: string) => `Todo sobre «${name}»: hasta qué punto estamos seguros, cómo deshacerlo, fuentes`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' No comprobado en un teléfono: Meta cambia los nombres de los menús, así que tu app puede verse distinta.';
			if (!source) return `Ninguna fuente que encontramos da los toques exactos, así que estos pasos solo dicen dónde buscar.${device}`;
			if (habit)
				return source.primary
					? `Este hábito se basa en lo que dice ${source.publisher} (${source.date}).`
					: `Este hábito se basa en un informe de ${source.publisher} (${source.date}).`;
			return source.primary
				? `Pasos basados en el propio texto de ${source.publisher} (${source.date}).${device}`
				: `Pasos tal como los describe ${source.publisher} (${source.date}). Es una guía o un informe, no las instrucciones de la propia Meta.${device}`;
		},
		routeBy: (publisher: string, date: string) => `Esta vía, tal como la describe ${publisher} (${date}).`,
	},
	steps: {
		copy: 'Copiar estos pasos',
		copied: 'Copiado. Pégalos en una nota o en un mensaje.',
		selected: 'Seleccionado. Usa la opción Copiar de tu teléfono o pulsa Ctrl+C.',
	},
	external: {
		leaves: '(sale de este sitio)',
	},
	diagram: {
		caption: 'Diagrama de dónde tocar, dibujado para esta guía. No es una captura de pantalla: tu app puede verse distinta.',
		label: (steps: readonly string[]) => `Diagrama de dónde tocar: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Se menciona en',
		none: 'Todavía no hay ninguna sección de la guía, pregunta o consejo que enlace aquí.',
		kinds: { guide: 'Guía', faq: 'Pregunta', tips: 'Consejo' },
	},
	settingsIndex: {
		title: 'Todos los ajustes, según lo que protegen',
		lede: (count: number) =>
			`${count} ajustes, formularios y hábitos. Cada uno tiene su propia página con los pasos, cómo deshacerlo y las fuentes.`,
		filterHeading: 'Mostrar solo lo que existe donde vives',
		all: 'En todas partes',
		regionTitle: (region: string) => `Ajustes en ${region}, según lo que protegen`,
		regionLede: (count: number, region: string) =>
			`${count} ajustes, formularios y hábitos que, según nuestras fuentes, existen en ${region}.`,
		alsoProtects: 'También protege',
		protectsNone: 'Cambia lo que ves, no lo que usa Meta',
		where: 'Dónde',
		howSure: 'Grado de certeza',
		everywhere: 'En todas partes',
	},
	faqIndex: {
		title: 'Preguntas y respuestas',
		lede: (count: number) =>
			`${count} preguntas que la gente se hace sobre Meta AI e Instagram. Toca una pregunta para ver su respuesta corta.`,
		full: 'Respuesta completa, pasos y fuentes',
	},
	about: {
		heading: 'Quién hizo esto y cómo contactarnos',
		who: 'Esta guía es un proyecto independiente. Ni Meta ni Instagram la hacen, la pagan o la revisan. Su texto y su código se guardan en el repositorio del proyecto, donde cada cambio queda registrado con su motivo.',
		report: 'Informar de un error',
		reportText:
			'Abre una incidencia («issue») en el repositorio del proyecto. Indica la página y, si puedes, una fuente que muestre el dato correcto. Nada en este sitio envía datos a ninguna parte: el aviso se hace en el propio sitio del repositorio.',
		reportUnset:
			'Informa de los errores en el repositorio público del proyecto. Indica la página y, si puedes, una fuente que muestre el dato correcto.',
	},
	helper: {
		heading: 'Escribe tu motivo (opcional)',
		opening: 'Me opongo a que Meta use mi información personal para desarrollar y mejorar la IA en Meta.',
		choicesLegend: '¿Cuáles de estas frases son ciertas en tu caso? Marca las que quieras, o ninguna.',
		choices: [
			{
				id: 'creator',
				label: 'Me dedico al arte, la fotografía u otro trabajo creativo',
				sentence: 'Mis publicaciones son mi propio trabajo creativo, y no quiero que se usen para entrenar una IA que pueda imitarlo.',
			},
			{
				id: 'children',
				label: 'Mis publicaciones muestran a mis hijos o a otros familiares',
				sentence: 'Mis publicaciones muestran a mis hijos y a mi familia, que no pueden dar su consentimiento a esto por sí mismos.',
			},
			{
				id: 'private-life',
				label: 'Mis publicaciones muestran mi salud, mis creencias o mi vida privada',
				sentence: 'Mis publicaciones incluyen detalles de mi vida privada que no compartí con este fin.',
			},
			{
				id: 'no-ai',
				label: 'No quiero que mis datos se usen para la IA en absoluto',
				sentence: 'No quiero que nada de mi información se use para desarrollar o mejorar la IA.',
			},
		],
		ownWords: 'Algo más, con tus propias palabras (opcional)',
		result: 'Tu motivo, listo para pegar. Puedes cambiarlo.',
		copy: 'Copiar mi motivo',
		copied: 'Copiado. Pégalo en el cuadro del motivo del formulario de Meta.',
		selected: 'Seleccionado. Usa la opción Copiar de tu teléfono o pulsa Ctrl+C.',
		empty: 'Primero marca una línea o escribe algo. O deja vacío el cuadro del motivo del formulario.',
		remember: 'Recordar mis elecciones en este dispositivo (solo se guardan en este navegador; desmárcalo para olvidarlas)',
		then: 'Luego abre el formulario de Meta y pégalo:',
		thenNoLink: 'Luego pégalo en el cuadro del motivo del formulario de Meta, siguiendo los pasos de arriba.',
		privacy: 'Este asistente funciona solo en tu navegador. No envía nada y no guarda nada, salvo que marques «Recordar».',
		noScript: 'Frases que puedes copiar en el cuadro del motivo, si son ciertas en tu caso:',
		notes: {
			'eu-eea': [
				{
					text: 'No tienes que dar un motivo. En la campaña de 2025, el cuadro del motivo era opcional, según informó Evrim Ağacı.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'Meta basa este entrenamiento en su «interés legítimo», dice su política de privacidad para la UE.',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'Frente a eso, el artículo 21 del RGPD te permite oponerte en cualquier momento, por motivos relacionados con tu situación. Meta debe entonces dejar de hacerlo, salvo que demuestre motivos legítimos imperiosos que prevalezcan sobre tus intereses, o que necesite los datos para reclamaciones legales.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'Puede que no necesites un motivo: no encontramos ningún texto de Meta que diga si el formulario del Reino Unido lo exige. Prueba a dejar el cuadro vacío, y usa esto solo si el formulario lo pide.',
					cite: undefined,
				},
				{
					text: 'Meta ofreció este formulario a los adultos del Reino Unido cuando reanudó allí el entrenamiento de la IA en septiembre de 2024, según informó Fast Company.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Nuestras fuentes no incluyen el texto de la propia ley del Reino Unido, así que no podemos decir qué debe hacer Meta con una oposición del Reino Unido, más allá de su promesa de atender los formularios.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Las guías brasileñas describen un cuadro «Diga-nos como esse processamento afeta você» (dinos cómo te afecta este tratamiento) y dicen que basta con una frase sencilla, según informó Nanobits.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'No encontramos ningún texto legal brasileño sobre lo que Meta debe hacer con una oposición, ni ninguna fuente que diga si el cuadro puede dejarse vacío.',
					cite: undefined,
				},
			],
		},
	},
	print: {
		printed: 'Impreso desde',
		on: 'el',
	},
};
