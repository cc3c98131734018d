/** How much the workbench takes: in a module of its own, so an assignment link can check a text without the workbench's code. */

/** About 10,000 words: a long article. Longer texts are better taken a part at a time. */
export const MAX_TEXT_LENGTH = 60_000;
export const MAX_TITLE_LENGTH = 200;
