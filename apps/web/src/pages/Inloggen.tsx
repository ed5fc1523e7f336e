import { useState, type FormEvent } from 'react';
import { ApiError, api, errorText } from '../api/client';
import { auth } from '../api/auth';
import { Button, ErrorSummary, TextField } from '../components/Form';
import * as v from '../lib/validate';
import { navigate, usePageTitle } from '../router';

export default function Inloggen() {
  usePageTitle('Inloggen');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const live = { email: v.email(email, true), password: password ? undefined : 'Vul uw wachtwoord in.' };
  const shown = { email: touched.email || submitted ? live.email : undefined, password: touched.password || submitted ? live.password : undefined };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setGeneral([]);
    if (live.email || live.password) return;
    setBusy(true);
    try {
      const r = await api.login(email.trim(), password);
      auth.signedIn(r);
      navigate('/mijn');
    } catch (err) {
      setGeneral([err instanceof ApiError && err.status === 401 ? 'Het e-mailadres of het wachtwoord klopt niet.' : errorText(err)]);
      setTimeout(() => document.getElementById('foutmeldingen')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      <p className="utrecht-paragraph">
        Voor vrijwilligers, bewoners met een account en medewerkers. U hebt geen account nodig om hulp te vragen of te bieden.
      </p>
      <form className="bk-form" noValidate onSubmit={submit}>
        {(general.length > 0 || (submitted && (live.email || live.password))) && (
          <ErrorSummary errors={shown} labels={{ email: 'E-mailadres', password: 'Wachtwoord' }} general={general} />
        )}
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="username"
          value={email}
          error={shown.email}
          onValue={setEmail}
          onBlur={() => setTouched((t) => ({ ...t, email: true }))}
        />
        <TextField
          name="password"
          label="Wachtwoord"
          type="password"
          autoComplete="current-password"
          value={password}
          error={shown.password}
          onValue={setPassword}
          onBlur={() => setTouched((t) => ({ ...t, password: true }))}
        />
        <div className="bk-actions">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Bezig met inloggen…' : 'Inloggen'}
          </Button>
        </div>
      </form>
    </>
  );
}
