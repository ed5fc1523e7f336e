import { badRequest } from '@app/common';

/** Opaque, stable keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, field: string): T {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    throw badRequest('ongeldige-cursor', `${field} is geen geldige cursor`, [{ field, message: 'gebruik de waarde van "volgende" uit het vorige antwoord' }]);
  }
}
