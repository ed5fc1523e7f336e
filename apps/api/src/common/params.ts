import { ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '@app/common';

/** Path ids are uuids; anything else is a 400 naming the parameter, never a database error. */
export const UuidParam = (name = 'id') =>
  new ParseUUIDPipe({ exceptionFactory: () => badRequest('ongeldig-id', `${name} is geen geldige id`, [{ field: name, message: 'verwacht een uuid' }]) });
