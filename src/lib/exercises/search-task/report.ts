import { inQuoteMarks } from '../../format';
import { optionTexts } from '../choices';
import { joinExplanations } from '../reports-shared';
import type { TypeReport } from '../runtime';
import { SEPARATOR } from '.';

export const searchTaskReport: TypeReport<'search-task'> = {
  describe: (entry, signature) => {
    const { opened, judgement } = parseSignature(signature);
    const first = opened[0];
    return `${first ? `opened ${inQuoteMarks(entry.options?.[first] ?? first)} first` : 'opened nothing'}${opened.length > 1 ? ` (${opened.length} results in all)` : ''}; ${judgement ? `concluded ${inQuoteMarks(entry.options?.[judgement] ?? judgement)}` : 'no conclusion'}`;
  },
  mistakes: (entry, signature) => {
    const { opened, judgement } = parseSignature(signature);
    const first = opened[0];
    const bestFirst = first !== undefined && (entry.best ?? []).includes(first);
    return [
      ...(first !== undefined && !bestFirst ? [`opened ${inQuoteMarks(entry.options?.[first] ?? first)} first`] : []),
      ...(judgement && !entry.right?.includes(judgement) ? [`concluded ${inQuoteMarks(entry.options?.[judgement] ?? judgement)}`] : []),
    ];
  },
  catalog: (e, key) => {
    const best = Object.keys(key.values).filter((id) => key.values[id] === 'best');
    return {
      title: e.title,
      type: 'search-task',
      // Results and conclusions share one lookup: result ids are slugs, option ids single letters.
      options: { ...Object.fromEntries(e.results.map((r) => [r.id, r.note.title])), ...optionTexts(e.options) },
      right: [key.correct],
      best,
      explanation: joinExplanations([...best.map((id) => key.resultFeedback[id]), key.feedback[key.correct]]),
    };
  },
};

function parseSignature(signature: string): { opened: string[]; judgement: string } {
  const at = signature.lastIndexOf(':');
  const opened = signature.slice(0, at);
  return { opened: opened ? opened.split(SEPARATOR) : [], judgement: signature.slice(at + 1) };
}
