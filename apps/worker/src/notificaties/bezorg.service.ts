import { Injectable, Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { InjectConfig, type AppConfig } from '@app/config';
import { JobName, JobProducer, type JobPayloads } from '@app/jobs';
import { kanaalVolgorde, KanaalOnbereikbaar, sjablonen, stilTot, tekstVoor, type Bezorging, type Kanaal, type KanaalAfzender } from '@app/notificaties';
import { BerichtenRepository } from './berichten.repository';
import { AppKanaal } from './kanalen/app.kanaal';
import { EmailKanaal } from './kanalen/email.kanaal';
import { PostKanaal } from './kanalen/post.kanaal';
import { SmsKanaal } from './kanalen/sms.kanaal';
import { TelefoonKanaal } from './kanalen/telefoon.kanaal';
import { NOTIFICATIE_REGELS } from './notificatie-regels';
import { OntvangersService, type Geadresseerd } from './ontvangers.service';

type Opdracht = JobPayloads[JobName.Notificeer];

export interface Uitkomst {
  kanaal?: Kanaal;
  /** `mislukt`: an earlier run already gave this channel up (its fallback is queued again, idempotently). */
  status: 'sent' | 'delivered' | 'queued' | 'al-bezorgd' | 'mislukt' | 'geen-ontvanger' | 'fallback';
  volgende?: Kanaal;
}

/**
 * Delivers one message on one channel of the recipient's fallback order. The delivery record is claimed before
 * sending: a finished record is never sent again, whatever retries or duplicate jobs happen. A transient failure
 * is retried by BullMQ with backoff; after the last attempt (or a permanent failure) the next channel gets its own
 * job (deterministic jobId), ending with a makelaar task, so a message is never lost.
 */
@Injectable()
export class BezorgService {
  private readonly logger = new Logger(BezorgService.name);
  private readonly afzenders: Record<Kanaal, KanaalAfzender>;

  constructor(
    private readonly ontvangers: OntvangersService,
    private readonly berichten: BerichtenRepository,
    private readonly jobs: JobProducer,
    @InjectConfig() private readonly config: AppConfig,
    app: AppKanaal,
    email: EmailKanaal,
    sms: SmsKanaal,
    telefoon: TelefoonKanaal,
    post: PostKanaal,
  ) {
    this.afzenders = { app, email, sms, telefoon, post };
  }

  async bezorg(job: Job<Opdracht>, token?: string): Promise<Uitkomst> {
    const d = job.data;
    const regel = NOTIFICATIE_REGELS[d.type];
    const g = regel && (await this.ontvangers.voor(d));
    if (!regel || !g) return { status: 'geen-ontvanger' };
    const sjabloon = sjablonen[regel.sjabloon];
    const volgorde = sjabloon.alleenEmail ? (['email'] as Kanaal[]) : kanaalVolgorde(g.voorkeur, g.bereikbaar, sjabloon);
    const stap = Math.min(d.stap ?? 0, volgorde.length - 1);
    const kanaal = volgorde[stap];
    const basis = `${d.eventId}:${d.rol}`;
    const bezorging: Bezorging = {
      sleutel: `${basis}:${kanaal}`,
      sjabloon: regel.sjabloon,
      tekst: tekstVoor(regel.sjabloon, g.ontvanger.taal, g.context),
      ontvanger: g.ontvanger,
      matchId: g.matchId,
      hulpvraagId: g.hulpvraagId,
      taakSleutel: regel.taakSleutel?.[d.rol]?.(d.aggregateId),
      link: g.context.link,
      makelaarTelefoon: g.context.makelaarTelefoon,
    };
    // everyone with a login also finds the message in the app, whatever channel carries it
    if (stap === 0 && kanaal !== 'app' && g.bereikbaar.account && !sjabloon.alleenEmail) {
      await this.opKanaal({ ...bezorging, sleutel: `${basis}:app` }, 'app', d.eventId, null).catch((e: Error) =>
        this.logger.warn(`in-app copy failed: ${e.message}`),
      );
    }
    const uitstel = this.uitstel(kanaal, g, !!sjabloon.urgent);
    const volgende = volgorde[stap + 1];
    const naarVolgende = async (): Promise<Uitkomst> => {
      // queued before the record is marked failed: a crash in between repeats the (idempotent) enqueue, never loses it
      await this.jobs.enqueue(JobName.Notificeer, { ...d, stap: stap + 1 });
      return { kanaal, status: 'fallback', volgende };
    };
    try {
      const u = await this.opKanaal(bezorging, kanaal, d.eventId, stap > 0 ? volgorde[stap - 1] : null, uitstel && { job, token, ...uitstel });
      return u.status === 'mislukt' && volgende ? naarVolgende() : u;
    } catch (e) {
      const laatste = e instanceof KanaalOnbereikbaar || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (e instanceof DelayedError || !laatste) throw e;
      const u = volgende ? await naarVolgende() : undefined;
      await this.berichten.markeerOpSleutel(bezorging.sleutel, 'failed', foutTekst(e));
      this.logger.warn(`${kanaal} failed for event ${d.eventId}; ${volgende ? `falling back to ${volgende}` : 'no channel left'}`);
      if (!u) throw e;
      return u;
    }
  }

  /**
   * Sends one message on one channel, at most once per `sleutel`. With `wacht`, records the delay and moves the
   * job to later instead: until `tot` (quiet hours), or, with `tempoLimiet`, until a slot frees when the person's
   * hourly limit is reached (read in the claim's own statement). Used by event messages and the weekly digest.
   */
  async opKanaal(
    b: Bezorging,
    kanaal: Kanaal,
    eventId: string | null,
    fallbackVan: Kanaal | null,
    wacht?: { job: Job; token?: string; tot?: Date; tempoLimiet?: number },
  ): Promise<Uitkomst> {
    const claim = await this.berichten.claim({
      sleutel: b.sleutel,
      kanaal,
      sjabloon: b.sjabloon,
      ontvanger: b.ontvanger,
      eventId,
      matchId: b.matchId,
      fallbackVan,
      tempoLimiet: wacht && !wacht.tot ? wacht.tempoLimiet : undefined,
    });
    if (claim.status === 'failed') return { kanaal, status: 'mislukt' };
    if (claim.status === 'sent' || claim.status === 'delivered') return { kanaal, status: 'al-bezorgd' };
    const tot = wacht?.tot ?? claim.vrijVanaf;
    if (wacht && tot) {
      await this.berichten.markeer(claim.id, 'uitgesteld', { uitgesteldTot: tot });
      await wacht.job.moveToDelayed(tot.getTime(), wacht.token);
      throw new DelayedError();
    }
    try {
      const r = await this.afzenders[kanaal].verstuur(b);
      await this.berichten.markeer(claim.id, r.status, { externId: r.externId, inhoud: r.inhoud });
      return { kanaal, status: r.status };
    } catch (e) {
      await this.berichten.markeer(claim.id, 'queued', { fout: foutTekst(e) });
      throw e;
    }
  }

  /**
   * No SMS at night unless urgent (`tot`); no more than NOTIFY_RATE_LIMIT e-mails and SMS an hour per person
   * (`tempoLimiet`: checked by the claim, in the same statement).
   */
  private uitstel(kanaal: Kanaal, g: Geadresseerd, urgent: boolean): { tot?: Date; tempoLimiet?: number } | undefined {
    if (urgent || (kanaal !== 'sms' && kanaal !== 'email')) return undefined;
    const stil = kanaal === 'sms' ? stilTot(new Date(), this.config.notifyQuietHours) : undefined;
    if (stil) return { tot: stil };
    return g.ontvanger.deelnemerId ? { tempoLimiet: this.config.notifyRateLimit } : undefined;
  }
}

/** An error for the delivery record: the code or message, never the recipient's address. */
function foutTekst(e: unknown): string {
  if (e instanceof KanaalOnbereikbaar) return e.message;
  const err = e as NodeJS.ErrnoException;
  return `${err.code ?? err.name ?? 'Error'}: ${String(err.message ?? '').replace(/\S+@\S+/g, '<adres>')}`.slice(0, 200);
}
