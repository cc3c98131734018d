/**
 * The one fixed taxonomy of what an annotation can point out. `role` says whether a mark is a
 * warning sign, a control (good practice a careful reader should NOT doubt), or context about
 * who stands behind a text. `code` is the short label printed on every highlight, so colour is
 * never the only signal; `pattern` names the underline style used beside the colour.
 */
export const TECHNIQUES = [
  {
    id: 'unverified-claim',
    label: 'Unverified claim',
    code: 'U',
    role: 'problem',
    pattern: 'solid',
  },
  {
    id: 'anonymous-source',
    label: 'Anonymous source',
    code: 'A',
    role: 'problem',
    pattern: 'dashed',
  },
  {
    id: 'not-free-to-speak',
    label: 'Source not free to speak',
    code: 'F',
    role: 'problem',
    pattern: 'dashed',
  },
  {
    id: 'loaded-language',
    label: 'Loaded language',
    code: 'L',
    role: 'problem',
    pattern: 'wavy',
  },
  {
    id: 'conspiracism',
    label: 'Conspiracism',
    code: 'C',
    role: 'problem',
    pattern: 'double',
  },
  {
    id: 'context-collapse',
    label: 'Context collapse',
    code: 'X',
    role: 'problem',
    pattern: 'dotted',
  },
  {
    id: 'publisher-framing',
    label: 'Publisher framing',
    code: 'P',
    role: 'context',
    pattern: 'dotted',
  },
  {
    id: 'named-source',
    label: 'Named, checkable source',
    code: 'N',
    role: 'control',
    pattern: 'solid',
  },
  {
    id: 'responsible-hedging',
    label: 'Responsible hedging',
    code: 'H',
    role: 'control',
    pattern: 'dashed',
  },
  {
    id: 'fair-wording',
    label: 'Fair wording',
    code: 'W',
    role: 'control',
    pattern: 'double',
  },
] as const;

export type Technique = (typeof TECHNIQUES)[number];
export type TechniqueId = Technique['id'];

/** Each technique in a sentence, for the legend and the glossary: apart from TECHNIQUES, so pages whose scripts need only labels and codes do not carry it. */
export const TECHNIQUE_SUMMARIES: Record<TechniqueId, string> = {
  'unverified-claim': 'A statement of fact with no evidence and no source a reader could check.',
  'anonymous-source': 'Someone unnamed is the source. Ask why, how they could know, and who stands behind them.',
  'not-free-to-speak': 'A named source who cannot speak freely, such as a prisoner quoted by the group that holds him. Ask who chose the words, and what the captor gains.',
  'loaded-language': 'Words chosen to make you feel a judgement rather than weigh a fact.',
  'conspiracism': 'Explaining events by a secret plot of a powerful group, in a way no evidence could disprove.',
  'context-collapse': 'Unrelated items stitched together, or a heading or caption that frames a piece it does not belong to.',
  'publisher-framing': 'What the outlet put around the text: lead-ins, bold type, banners, bios, disclaimers.',
  'named-source': 'Good practice: the source is named, so a reader can look it up.',
  'responsible-hedging': 'Good practice: the author says honestly what is not known or cannot be verified.',
  'fair-wording': 'Good practice: words that describe rather than judge, such as a label that states a listed fact, or a terror group refused its own grand titles.',
};
export type TechniqueRole = Technique['role'];

export const TECHNIQUE_IDS = TECHNIQUES.map((t) => t.id) as [TechniqueId, ...TechniqueId[]];

export function techniqueById(id: TechniqueId): Technique {
  const found = TECHNIQUES.find((t) => t.id === id);
  if (!found) throw new Error(`unknown technique "${id}"`);
  return found;
}

/** Where an anonymous source sits on the spectrum the course teaches. */
export const SOURCING_KINDS = {
  described: 'Anonymous but described, in an outlet that answers for it',
  'self-described': 'Anonymous and self-described',
  'vague-collective': 'A vague collective, not a source at all',
} as const;
export type SourcingKind = keyof typeof SOURCING_KINDS;

/**
 * Whose loaded words they are. The outlet's are what it put around the text (headline, lead-in,
 * banner, disclaimer); a commenter's are never the author's.
 */
export const VOICES = {
  author: "The author's own words",
  outlet: "The outlet's words, around the text",
  quoted: 'Words the author quotes from someone else',
  commenter: "A reader's comment, not the author's words",
} as const;
export type Voice = keyof typeof VOICES;

/** The line under a note's technique: where an anonymous source sits, or whose loaded words they are. */
export function annotationDetail(a: { sourcing?: SourcingKind | undefined; voice?: Voice | undefined }): string | null {
  return a.sourcing ? SOURCING_KINDS[a.sourcing] : a.voice ? VOICES[a.voice] : null;
}
