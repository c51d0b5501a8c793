/** A setting that is wrong: the server stops with this one line naming it. */
export class SettingError extends Error {
  constructor(setting: string, problem: string) {
    super(`Invalid setting ${setting}: ${problem}`);
    this.name = 'SettingError';
  }
}
