/**
 * Words of a question that say what kind of thing is wanted, not what it is about: "how can a
 * ministry collect data", "free open source solution for hospitals", "herramienta para ...". In a
 * registry of open-source public goods they match many records and pull up any record that
 * happens to use them, so a query leaves them out, in the five interface languages.
 *
 * Unlike stopwords they are real words: a filler that is part of a phrase the vocabulary knows
 * is kept ("government to person"), and a query made of nothing else searches them as typed
 * (search/plan.ts). "Platform" and "system" are not fillers: names of kinds of software
 * ("learning management system") hold them, and where common they already count for little.
 */
import { foldText } from '../normalize/fold.js';

const FILLER_TEXT = [
  // English: question words, wanting and finding, who asks, and what every DPG is.
  'how why when need needs want wants looking find finding help helps use using used build ' +
    'ministry ministries government governments organisation organisations organization organizations ' +
    'country countries free solution solutions app apps application applications tool tools software',
  // French
  'comment pourquoi quel quelle quels quelles besoin cherche trouver outil outils logiciel logiciels application ' +
    'ministere gouvernement pays gratuit libre solution',
  // Spanish
  'como cual cuales necesito busco buscar herramienta herramientas aplicacion ministerio gobierno pais gratis gratuito ' +
    'libre codigo abierto solucion',
  // Portuguese
  'qual quais preciso procuro encontrar ferramenta ferramentas aplicativo aplicacao ministerio governo gratuito ' +
    'livre aberto solucao',
].join(' ');

/** Fillers, folded (accents and case removed). */
export const FILLERS: ReadonlySet<string> = new Set(FILLER_TEXT.split(/\s+/).map(foldText));

/** Whether the folded word at `index` of `words` is a filler in its place: "open" and "source" only as "open source" ("open data" is about something). */
export function isFiller(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (word === 'open') return words[index + 1] === 'source';
  if (word === 'source') return words[index - 1] === 'open';
  return FILLERS.has(word);
}
