/** A script's bundled code, to place inline (scripts/inline-scripts.mjs). */
declare module 'inline-script:*' {
  const code: string;
  export default code;
}
