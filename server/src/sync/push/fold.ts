import type { EventOf, SyncEvent } from '@lantern/shared';
import { foldGuard, type GuardTotal } from './guard';
import type { IngestDevice } from './types';

/**
 * Pushes folded in memory before anything is written: one entry per row they touch, so the
 * database sees one statement per table instead of several per event. A fold covers one push or a
 * group of pushes committed together (push.ts), as if applied one after the other in the order
 * they were folded.
 * Everything folded is order-independent (larger of two totals, earliest and latest time, sums, set
 * membership) or keeps the order the per-event code depended on (registrations, extension
 * snapshots, acknowledgements, self-reports, the last writer of a row), so what is stored is the
 * same as applying the events one by one.
 */

/** Where an event came from: its device and user, and when its push was received. */
export interface Origin extends IngestDevice {
  now: number;
}

export interface Tagged<E> {
  event: E;
  origin: Origin;
}

export interface SeenWindow {
  first: number;
  last: number;
}

/**
 * `\u0000` cannot occur in ids, signals, hosts or days (the schemas refuse it), so keys are unique.
 * Fixed arity and plain concatenation: it runs several times per event (a rest array and `join`
 * cost more than the rest of the fold).
 */
export function key(a: string, b: string, c?: string, d?: string): string {
  if (c === undefined) return a + '\u0000' + b;
  if (d === undefined) return a + '\u0000' + b + '\u0000' + c;
  return a + '\u0000' + b + '\u0000' + c + '\u0000' + d;
}

/** Widens a stored window to include `at`; false when there is none yet (the caller adds it). */
function stretch(w: SeenWindow | undefined, at: number): w is SeenWindow {
  if (w === undefined) return false;
  if (at < w.first) w.first = at;
  if (at > w.last) w.last = at;
  return true;
}

export type ToolUserWindow = SeenWindow & { toolId: string; userId: string };
export type ToolDeviceWindow = SeenWindow & { toolId: string; deviceId: string };
export type ToolSignalWindow = SeenWindow & { toolId: string; signal: string };

/** The first/last-seen windows and per-day user rows the pushes widen. */
export class Presence {
  /** tool_users, by key(tool, user). */
  readonly users = new Map<string, ToolUserWindow>();
  /** tool_devices, by key(tool, device). */
  readonly devices = new Map<string, ToolDeviceWindow>();
  /** tool_signals, by key(tool, signal). */
  readonly signals = new Map<string, ToolSignalWindow>();
  /** tool_user_days, by key(user, day, tool): its key order (migration 0018). */
  readonly userDays = new Map<string, { toolId: string; userId: string; day: string }>();
  /** Whether `userDays` are in tool_user_days already (maintained-counts.ts, per row). */
  userDaysStored = false;

  /** A user × device touched a tool through a signal (on a day, if known): every window that shows it. */
  record(o: IngestDevice, toolId: string, signal: string, day: string | null, at: number): void {
    this.user(o.userId, toolId, at);
    const k = key(toolId, o.deviceId);
    if (!stretch(this.devices.get(k), at))
      this.devices.set(k, { toolId, deviceId: o.deviceId, first: at, last: at });
    this.signal(toolId, signal, at);
    if (day === null) return;
    const d = key(o.userId, day, toolId);
    if (!this.userDays.has(d)) this.userDays.set(d, { toolId, userId: o.userId, day });
  }

  /** A self-report names the tool for the user and the signal, not the device or a day. */
  selfReported(userId: string, toolId: string, at: number): void {
    this.signal(toolId, 'self-reported', at);
    this.user(userId, toolId, at);
  }

  private user(userId: string, toolId: string, at: number) {
    const k = key(toolId, userId);
    if (!stretch(this.users.get(k), at)) this.users.set(k, { toolId, userId, first: at, last: at });
  }

  private signal(toolId: string, signal: string, at: number) {
    const k = key(toolId, signal);
    if (!stretch(this.signals.get(k), at)) this.signals.set(k, { toolId, signal, first: at, last: at });
  }
}

export interface UsageTotal {
  deviceId: string;
  userId: string;
  toolId: string;
  signal: string;
  day: string;
  visits: number;
  activeSeconds: number;
  /** The last push that carried this total: the row's `updated_at`. */
  now: number;
}

export interface EmbeddedTotal {
  deviceId: string;
  toolId: string;
  initiatorHost: string;
  /** Stored only when the row is new: the first event's, as the per-event code did. */
  endpointHost: string;
  day: string;
  requests: number;
}

export type RegistrationEvent = EventOf<'registration'> | EventOf<'registration_withdrawal'>;

export interface Fold {
  /** Day totals by key(device, tool, signal, day): the largest total the pushes carry for each. */
  usage: Map<string, UsageTotal>;
  /** Embedded-AI day totals by key(device, tool, initiator host, day). */
  embedded: Map<string, EmbeddedTotal>;
  /** When each embedding site (key(tool, initiator host)) was seen. */
  embeddedSeen: Map<string, SeenWindow & { toolId: string; initiatorHost: string }>;
  presence: Presence;
  /** By device, in push and batch order: a later snapshot replaces an earlier one unless older. */
  snapshots: Map<string, Array<Tagged<EventOf<'extension_inventory'>>>>;
  /** In push and batch order: with equal times the later event wins, as before. */
  registrations: Array<Tagged<RegistrationEvent>>;
  justifications: Array<Tagged<EventOf<'justification'>>>;
  approvals: Array<Tagged<EventOf<'approval_request'>>>;
  selfReports: Array<Tagged<EventOf<'self_report'>>>;
  /** In push and batch order: the order they join the chain. */
  acknowledgements: Array<Tagged<EventOf<'acknowledgement'>>>;
  /** Data guard day totals by key(device, tool, day, data class): the largest the pushes carry. */
  guard: Map<string, GuardTotal>;
  /** Literacy completions in push and batch order: the order they join their chain. */
  completions: Array<Tagged<EventOf<'literacy_completion'>>>;
}

export function emptyFold(): Fold {
  return {
    usage: new Map(),
    embedded: new Map(),
    embeddedSeen: new Map(),
    presence: new Presence(),
    snapshots: new Map(),
    registrations: [],
    justifications: [],
    approvals: [],
    selfReports: [],
    acknowledgements: [],
    guard: new Map(),
    completions: [],
  };
}

/** Adds one push's new events (each id once, in batch order); call in push order. */
export function foldPush(fold: Fold, o: Origin, events: Iterable<SyncEvent>): void {
  for (const e of events) {
    switch (e.kind) {
      case 'usage':
        foldUsage(fold, o, e);
        break;
      case 'embedded_discovery':
        foldEmbedded(fold, o, e);
        break;
      case 'extension_inventory': {
        const list = fold.snapshots.get(o.deviceId);
        if (list === undefined) fold.snapshots.set(o.deviceId, [{ event: e, origin: o }]);
        else list.push({ event: e, origin: o });
        break;
      }
      case 'registration':
      case 'registration_withdrawal':
        fold.registrations.push({ event: e, origin: o });
        break;
      case 'justification':
        fold.justifications.push({ event: e, origin: o });
        break;
      case 'approval_request':
        fold.approvals.push({ event: e, origin: o });
        break;
      case 'self_report':
        fold.selfReports.push({ event: e, origin: o });
        break;
      case 'acknowledgement':
        fold.acknowledgements.push({ event: e, origin: o });
        break;
      case 'data_guard':
        foldGuard(fold.guard, o, e);
        break;
      case 'literacy_completion':
        fold.completions.push({ event: e, origin: o });
        break;
    }
  }
}

/** A day total: the largest the pushes carry for device × tool × signal × day, and the presence it shows. */
function foldUsage(fold: Fold, o: Origin, e: EventOf<'usage'>): void {
  const k = key(o.deviceId, e.toolId, e.signal, e.day);
  const t = fold.usage.get(k);
  if (t === undefined) {
    fold.usage.set(k, {
      deviceId: o.deviceId,
      userId: o.userId,
      toolId: e.toolId,
      signal: e.signal,
      day: e.day,
      visits: e.visits,
      activeSeconds: e.activeSeconds,
      now: o.now,
    });
  } else {
    t.visits = Math.max(t.visits, e.visits);
    t.activeSeconds = Math.max(t.activeSeconds, e.activeSeconds);
    t.now = o.now;
  }
  fold.presence.record(o, e.toolId, e.signal, e.day, e.at);
}

/** An embedding site's day total, the window the site was seen in, and the presence it shows. */
function foldEmbedded(fold: Fold, o: Origin, e: EventOf<'embedded_discovery'>): void {
  const k = key(o.deviceId, e.toolId, e.initiatorHost, e.day);
  const t = fold.embedded.get(k);
  if (t === undefined) {
    fold.embedded.set(k, {
      deviceId: o.deviceId,
      toolId: e.toolId,
      initiatorHost: e.initiatorHost,
      endpointHost: e.endpointHost,
      day: e.day,
      requests: e.requests,
    });
  } else t.requests = Math.max(t.requests, e.requests);
  const site = key(e.toolId, e.initiatorHost);
  if (!stretch(fold.embeddedSeen.get(site), e.at))
    fold.embeddedSeen.set(site, {
      toolId: e.toolId,
      initiatorHost: e.initiatorHost,
      first: e.at,
      last: e.at,
    });
  fold.presence.record(o, e.toolId, 'embedded', e.day, e.at);
}

/**
 * Map values sorted by key: every statement takes the row locks of a table in this one order, and
 * the tables come in one fixed order (push.ts), so concurrent transactions on PostgreSQL wait for
 * each other instead of deadlocking.
 */
export function byKey<V>(map: ReadonlyMap<string, V>): V[] {
  // Without a comparator, sort orders strings by UTF-16 code units, as `<` does, in native code.
  return [...map.keys()].sort().map((k) => map.get(k)!);
}
