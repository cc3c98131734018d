/** The standards the course aligns with, worded as in the team's content guide. */
export const STANDARDS = {
  'CCSS RI.9-10.4': 'Common Core ELA RI.9-10.4: connotative meaning; cumulative impact of word choice on tone.',
  'CCSS RI.9-10.6': "Common Core ELA RI.9-10.6: author's point of view and use of rhetoric.",
  'CCSS RI.9-10.8': 'Common Core ELA RI.9-10.8: evaluate claims, reasoning and evidence.',
  'CCSS RH.9-10.6': "Common Core ELA RH.9-10.6: compare authors' treatment of the same topic.",
  'C3 D3.1.9-12': 'C3 Framework D3.1.9-12: gather and evaluate sources by origin, authority, context and corroborative value.',
  'ISTE 3b': 'ISTE Standards for Students 3b: evaluate accuracy, perspective, credibility and relevance.',
} as const;
export type StandardCode = keyof typeof STANDARDS;
