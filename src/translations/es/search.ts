/** La búsqueda en español (tú); mismas claves que src/translations/en/search.ts. «{nombre}» es un hueco que llena el código. */
import type { SearchText } from '../en/search';

export const searchText: SearchText = {
	trigger: {
		label: 'Buscar',
		shortcut: 'Ctrl K',
	},
	dialog: {
		title: 'Buscar en esta guía',
		close: 'Cerrar',
		allResults: 'Abrir la página de búsqueda, con filtros',
	},
	input: {
		label: 'Palabras o una pregunta',
		hint: 'Pregunta como le preguntarías a una persona, por ejemplo: ¿puedo retirar mi oposición?',
	},
	list: {
		label: 'Resultados de la búsqueda',
		more: 'Mostrar más resultados',
	},
	page: {
		title: 'Buscar',
		description: 'Busca en la guía, las preguntas y respuestas, los ajustes y los consejos. Filtra por tipo de página o por región.',
		noScript: 'La búsqueda necesita JavaScript, que está desactivado en este navegador. Todo lo demás está a un toque: {faq} y {guide}.',
		faqLink: 'todas las preguntas y respuestas',
		guideLink: 'la guía',
		filters: 'Filtros: tipo de página, región',
		type: 'Tipo de página',
		allTypes: 'Todos los tipos',
		region: 'Región',
		allRegions: 'Todas las regiones',
		regionHint: 'Una región muestra solo las páginas con datos propios de ese lugar.',
		browse: '¿Prefieres explorar? Mira {faq} o {guide}.',
		browseGuideLink: 'lee la guía',
	},
	results: {
		whereItApplies: 'Dónde se aplica: {regions}',
		everywhere: 'En todas partes',
		notStated: 'no indicado',
		resultOne: '1 resultado',
		resultMany: '{count} resultados',
		found: '{counted} para «{q}»{where}.',
		none: 'No hay resultados para «{q}»{where}.',
		partial: 'Ninguna página tiene todas estas palabras. {counted} con algunas de ellas para «{q}»{where}.',
		scopeType: 'tipo {label}',
		scopeRegion: 'región {label}',
		tryOther: 'Prueba con menos palabras o con otras, o mira {faq}.',
		couldNotLoad: 'No se pudo cargar la búsqueda. Aun así puedes ver {faq}.',
		untilThen: '{message}. Mientras tanto, mira {faq}.',
		faqLink: 'todas las preguntas y respuestas',
	},
};
