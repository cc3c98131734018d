/**
 * Text to URL-safe base64 and back (UTF-8), and a short checksum. No WebCrypto: it is withheld
 * on plain-http school servers, where this must still work.
 */
import CRC32 from 'crc-32';

export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8 text. */
export function fromBase64Url(encoded: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(encoded));
}

/** Throws on anything that is not base64url. */
export function base64UrlToBytes(encoded: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** CRC-32 of the text, as 7 base-36 characters. */
export function checksum(text: string): string {
  return (CRC32.str(text) >>> 0).toString(36).padStart(7, '0');
}
