/** The authenticated device an event batch came from. */
export interface IngestDevice {
  deviceId: string;
  userId: string;
}

/** A batch refused before anything was stored: names the event and the field (or every event at fault). */
export class EventRejectedError extends Error {
  /** Every refused event's index, this one's first. */
  readonly indexes: number[];

  constructor(
    readonly index: number,
    readonly field: string,
    readonly reason: string,
    others: readonly EventRejectedError[] = [],
  ) {
    super([`events[${index}].${field}: ${reason}`, ...others.map((o) => o.message)].join('; '));
    this.name = 'EventRejectedError';
    this.indexes = [index, ...others.map((o) => o.index)];
  }

  /** One error naming every refusal, in event order. */
  static all(refusals: readonly EventRejectedError[]): EventRejectedError {
    const [first, ...rest] = refusals;
    if (first === undefined) throw new Error('no refusal to report');
    return new EventRejectedError(first.index, first.field, first.reason, rest);
  }
}
