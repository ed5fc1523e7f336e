import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { Problem, type FieldError } from './problem';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      for (const message of Object.values(e.constraints)) {
        // class-validator's whitelist message, in plain words
        out.push({ field, message: message.startsWith('property ') && message.endsWith('should not exist') ? 'dit veld is onbekend' : message });
      }
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** The global pipe: unknown fields rejected, types transformed, every failing field named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors, '');
      return new Problem(
        400,
        'validatie',
        `Controleer ${fields
          .map((f) => f.field)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(', ')}`,
        {
          errors: fields,
        },
      );
    },
  });
}
