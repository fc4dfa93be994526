// Which settings have a drawn tap diagram: the two hardest routes to find.
import ObjectionDiagram from './ObjectionDiagram.astro';
import PrivateAccountDiagram from './PrivateAccountDiagram.astro';

export const diagramFor: Record<string, typeof ObjectionDiagram> = {
	'object-to-ai-training': ObjectionDiagram,
	'private-account': PrivateAccountDiagram,
};
