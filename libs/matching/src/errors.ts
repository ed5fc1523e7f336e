/** Base of the engine's input errors; `veld` names the offending field so the API can answer 422 with it. */
export abstract class MatchingFout extends Error {
  abstract readonly code: string;

  constructor(
    readonly veld: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A gemeente's weights are out of range or all zero. */
export class OngeldigeGewichten extends MatchingFout {
  readonly code = 'ONGELDIGE_GEWICHTEN';
}

/** A request or context value the engine cannot interpret (bad date, bad RRULE, bad horizon). */
export class OngeldigeInvoer extends MatchingFout {
  readonly code = 'ONGELDIGE_INVOER';
}
