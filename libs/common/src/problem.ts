import { HttpException } from '@nestjs/common';

/** One failing field: `field` is a JSON path into the request (`body.venster.start`, `query.wijk`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Verkeerd formaat',
  422: 'Kan niet verwerkt worden',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
};

export const PROBLEM_BASE = 'https://buurtkracht.nl/problemen/';

/**
 * RFC 9457 problem: a stable machine `code` (also the last segment of `type`), a Dutch `title`,
 * a `detail` for this occurrence, and `errors` naming each failing field.
 */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail?: string,
    readonly extensions: { errors?: FieldError[]; [k: string]: unknown } = {},
  ) {
    super({ code, detail }, status);
    this.detail = detail;
  }
  readonly detail?: string;

  body(instance?: string): ProblemBody {
    return problemBody(this.getStatus(), this.code, this.detail, instance, this.extensions);
  }
}

export function problemBody(status: number, code: string, detail?: string, instance?: string, extensions: Record<string, unknown> = {}): ProblemBody {
  // extensions never override the RFC 9457 members
  return {
    ...extensions,
    type: `${PROBLEM_BASE}${code}`,
    title: TITLES[status] ?? 'Fout',
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
  };
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) => new Problem(400, code, detail, errors ? { errors } : {});
export const unprocessable = (field: string, message: string, code = 'ongeldige-waarde') =>
  new Problem(422, code, `${field}: ${message}`, { errors: [{ field, message }] });
export const notFound = (what: string, id?: string) => new Problem(404, 'niet-gevonden', id ? `${what} ${id} bestaat niet` : `${what} bestaat niet`);
export const conflict = (code: string, detail: string, extensions: Record<string, unknown> = {}) => new Problem(409, code, detail, extensions);
export const forbidden = (detail = 'U heeft geen toegang tot dit onderdeel') => new Problem(403, 'geen-toegang', detail);
export const unauthorized = (detail = 'Log in om verder te gaan') => new Problem(401, 'niet-ingelogd', detail);
