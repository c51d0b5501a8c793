/** The authenticated device an event batch came from. */
export interface IngestDevice {
  deviceId: string;
  userId: string;
}

/** A batch refused before anything was stored: names the event and the field. */
export class EventRejectedError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`events[${index}].${field}: ${reason}`);
    this.name = 'EventRejectedError';
  }
}
