import type { APIRoute } from 'astro';
import { courseModules } from '../../../content/course-data';
import { bankItemsOf } from '../../../content/teacher-data';
import { qtiPackage } from '../../../lib/question-banks/qti';

/** One QTI 3.0 content package per module: every exercise of its pre-check, lessons and post-check. */
export async function getStaticPaths() {
  return Promise.all((await courseModules()).map(async (m) => ({ params: { module: m.id }, props: { zip: qtiPackage(m.id, await bankItemsOf(m)).zip } })));
}

// Response wants bytes over a plain ArrayBuffer; fflate's type allows a shared one, so the bytes are copied into one.
export const GET: APIRoute<{ zip: Uint8Array }> = ({ props }) => new Response(new Uint8Array(props.zip), { headers: { 'Content-Type': 'application/zip' } });
