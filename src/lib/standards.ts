/**
 * The standards the course aligns with, each in its published wording. A module lists the codes it
 * truly fits, and says how (content/modules/*.yaml); nothing here claims a fit.
 */
const CCSS = 'Common Core State Standards for English Language Arts & Literacy in History/Social Studies, Science, and Technical Subjects (NGA Center and CCSSO, 2010)';
const C3 = 'College, Career, and Civic Life (C3) Framework for Social Studies State Standards (National Council for the Social Studies, 2013)';
const ISTE = 'ISTE Standards for Students (International Society for Technology in Education, 2016)';

export interface Standard {
  /** The code as a teacher would look it up, e.g. "CCSS.ELA-LITERACY.RI.9-10.8". */
  officialCode: string;
  text: string;
  source: string;
}

export const STANDARDS = {
  'CCSS RI.9-10.4': {
    officialCode: 'CCSS.ELA-LITERACY.RI.9-10.4',
    text: 'Determine the meaning of words and phrases as they are used in a text, including figurative, connotative, and technical meanings; analyze the cumulative impact of specific word choices on meaning and tone (e.g., how the language of a court opinion differs from that of a newspaper).',
    source: CCSS,
  },
  'CCSS RI.9-10.6': {
    officialCode: 'CCSS.ELA-LITERACY.RI.9-10.6',
    text: 'Determine an author’s point of view or purpose in a text and analyze how an author uses rhetoric to advance that point of view or purpose.',
    source: CCSS,
  },
  'CCSS RI.9-10.8': {
    officialCode: 'CCSS.ELA-LITERACY.RI.9-10.8',
    text: 'Delineate and evaluate the argument and specific claims in a text, assessing whether the reasoning is valid and the evidence is relevant and sufficient; identify false statements and fallacious reasoning.',
    source: CCSS,
  },
  'CCSS RI.11-12.4': {
    officialCode: 'CCSS.ELA-LITERACY.RI.11-12.4',
    text: 'Determine the meaning of words and phrases as they are used in a text, including figurative, connotative, and technical meanings; analyze how an author uses and refines the meaning of a key term or terms over the course of a text (e.g., how Madison defines faction in Federalist No. 10).',
    source: CCSS,
  },
  'CCSS RI.11-12.6': {
    officialCode: 'CCSS.ELA-LITERACY.RI.11-12.6',
    text: 'Determine an author’s point of view or purpose in a text in which the rhetoric is particularly effective, analyzing how style and content contribute to the power, persuasiveness or beauty of the text.',
    source: CCSS,
  },
  'CCSS RH.9-10.6': {
    officialCode: 'CCSS.ELA-LITERACY.RH.9-10.6',
    text: 'Compare the point of view of two or more authors for how they treat the same or similar topics, including which details they include and emphasize in their respective accounts.',
    source: CCSS,
  },
  'CCSS RH.9-10.8': {
    officialCode: 'CCSS.ELA-LITERACY.RH.9-10.8',
    text: 'Assess the extent to which the reasoning and evidence in a text support the author’s claims.',
    source: CCSS,
  },
  'CCSS RH.9-10.9': {
    officialCode: 'CCSS.ELA-LITERACY.RH.9-10.9',
    text: 'Compare and contrast treatments of the same topic in several primary and secondary sources.',
    source: CCSS,
  },
  'CCSS RH.11-12.6': {
    officialCode: 'CCSS.ELA-LITERACY.RH.11-12.6',
    text: 'Evaluate authors’ differing points of view on the same historical event or issue by assessing the authors’ claims, reasoning, and evidence.',
    source: CCSS,
  },
  'CCSS RH.11-12.8': {
    officialCode: 'CCSS.ELA-LITERACY.RH.11-12.8',
    text: 'Evaluate an author’s premises, claims, and evidence by corroborating or challenging them with other information.',
    source: CCSS,
  },
  'C3 D3.1.9-12': {
    officialCode: 'D3.1.9-12',
    text: 'Gather relevant information from multiple sources representing a wide range of views while using the origin, authority, structure, context, and corroborative value of the sources to guide the selection.',
    source: C3,
  },
  'C3 D3.2.9-12': {
    officialCode: 'D3.2.9-12',
    text: 'Evaluate the credibility of a source by examining how experts value the source.',
    source: C3,
  },
  'ISTE 3b': {
    officialCode: 'ISTE Standards for Students 3b (Knowledge Constructor)',
    text: 'Students evaluate the accuracy, perspective, credibility and relevance of information, media, data or other resources.',
    source: ISTE,
  },
} as const satisfies Record<string, Standard>;
export type StandardCode = keyof typeof STANDARDS;
