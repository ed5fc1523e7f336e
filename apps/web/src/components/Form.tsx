// Form fields in NL Design System markup (Utrecht component CSS). Each field shows its hint and its error
// (from the live check or from the server) below the label, linked with aria-describedby.
import {
  useId,
  type ButtonHTMLAttributes,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldProps {
  /** form field name, also the key the server uses in errors[].field */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

const cx = (...xs: (string | false | undefined)[]) => xs.filter(Boolean).join(' ');

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return cx(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;
}

export const fieldId = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`;

/** A field's hint and error, with the ids its input's aria-describedby points at (`describedBy`). */
function HintEnFout({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint && (
        <div className="utrecht-form-field-description utrecht-form-field__description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-error`}>
          <span className="bk-visually-hidden">Fout: </span>
          {error}
        </div>
      )}
    </>
  );
}

function Wrapper({ id, label, hint, error, optional, kind, children }: Omit<FieldProps, 'name'> & { id: string; kind: string; children: ReactNode }) {
  return (
    <div className={cx('utrecht-form-field', `utrecht-form-field--${kind}`, 'utrecht-form-field--distanced', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && <span className="bk-optional"> (niet verplicht)</span>}
        </label>
      </div>
      <HintEnFout id={id} hint={hint} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

type TextProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange'> & { value: string; onValue: (v: string) => void };

export function TextField({ name, label, hint, error, optional, value, onValue, className, ...rest }: TextProps) {
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} optional={optional} kind="text">
      <input
        id={id}
        name={name}
        className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={optional ? undefined : true}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onValue(e.target.value)}
        {...rest}
      />
    </Wrapper>
  );
}

type AreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'value' | 'onChange'> & { value: string; onValue: (v: string) => void };

export function TextArea({ name, label, hint, error, optional, value, onValue, maxLength, ...rest }: AreaProps) {
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} optional={optional} kind="textarea">
      <textarea
        id={id}
        name={name}
        className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={optional ? undefined : true}
        value={value}
        rows={4}
        onChange={(e) => onValue(e.target.value)}
        {...rest}
      />
      {maxLength && (
        <div className="bk-counter" aria-live="polite">
          {value.length > maxLength * 0.8 ? `Nog ${Math.max(0, maxLength - value.length)} tekens over` : ''}
        </div>
      )}
    </Wrapper>
  );
}

type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'value' | 'onChange'> & { value: string; onValue: (v: string) => void; children: ReactNode };

export function SelectField({ name, label, hint, error, optional, value, onValue, children, ...rest }: SelectProps) {
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} optional={optional} kind="select">
      <select
        id={id}
        name={name}
        className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...rest}
      >
        {children}
      </select>
    </Wrapper>
  );
}

export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  icon?: ReactNode;
}

/** A group of radio buttons or checkboxes in a fieldset; `tiles` shows big tappable choices with a pictogram. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  options,
  multiple,
  value,
  onValue,
  tiles,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  multiple?: boolean;
  value: string | string[];
  onValue: (v: string | string[]) => void;
  tiles?: boolean;
}) {
  const id = fieldId(name);
  const selected = Array.isArray(value) ? value : [value];
  const toggle = (v: string) => {
    if (!multiple) return onValue(v);
    onValue(selected.includes(v) ? selected.filter((x) => x !== v) : [...selected, v]);
  };
  const kind = multiple ? 'checkbox' : 'radio';
  return (
    <fieldset
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        'utrecht-form-fieldset--distanced',
        error && 'utrecht-form-fieldset--invalid',
      )}
      id={id}
      aria-describedby={describedBy(id, hint, error)}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hint && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          <span className="bk-visually-hidden">Fout: </span>
          {error}
        </div>
      )}
      <div className={tiles ? 'bk-tiles' : 'bk-choices'}>
        {options.map((o) => {
          const oid = `${id}-${o.value}`;
          const checked = selected.includes(o.value);
          return (
            <div key={o.value} className={cx(tiles ? 'bk-tile' : 'bk-choice', checked && 'bk-checked')}>
              <input
                type={kind}
                id={oid}
                name={name}
                value={o.value}
                checked={checked}
                onChange={() => toggle(o.value)}
                className={multiple ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input'}
                aria-describedby={o.hint ? `${oid}-hint` : undefined}
              />
              <label htmlFor={oid} className={cx('utrecht-form-label', `utrecht-form-label--${kind}`)}>
                {o.icon}
                <span className="bk-choice__text">
                  <span className="bk-choice__label">{o.label}</span>
                  {o.hint && (
                    <span className="bk-choice__hint" id={`${oid}-hint`}>
                      {o.hint}
                    </span>
                  )}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  error,
  checked,
  onChecked,
}: Omit<FieldProps, 'optional'> & { checked: boolean; onChecked: (v: boolean) => void }) {
  const id = fieldId(name);
  return (
    <div
      className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', 'utrecht-form-field--distanced', 'bk-check', error && 'utrecht-form-field--invalid')}
    >
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', error && 'utrecht-checkbox--invalid')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <HintEnFout id={id} hint={hint} error={error} />
    </div>
  );
}

/** The list of problems at the top of a form after a submit; each links to its field. Gets focus when shown. */
export function ErrorSummary({ errors, labels, general }: { errors: Record<string, string | undefined>; labels: Record<string, string>; general?: string[] }) {
  const entries = Object.entries(errors).filter(([, m]) => m) as [string, string][];
  if (!entries.length && !general?.length) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error bk-summary" role="alert" tabIndex={-1} id="foutmeldingen">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3">Controleer wat u hebt ingevuld</h2>
        <ul>
          {general?.map((g) => (
            <li key={g}>{g}</li>
          ))}
          {entries.map(([name, message]) => (
            <li key={name}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId(name)}`}>
                {labels[name] ? `${labels[name]}: ` : ''}
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Button({
  variant = 'primary',
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'subtle' }) {
  return (
    <button
      type="button"
      className={cx('utrecht-button', `utrecht-button--${variant}-action`, rest.type === 'submit' && 'utrecht-button--submit', className)}
      {...rest}
    />
  );
}

export function Alert({ kind = 'info', children, role }: { kind?: 'info' | 'warning' | 'error' | 'ok'; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${kind}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function useUniqueId(prefix: string): string {
  return `${prefix}-${useId().replace(/:/g, '')}`;
}
