/** Inline so no stylesheet has to be web-accessible; the closed shadow root keeps the page's CSS out. */
export const GUARD_CSS = `
:host { all: initial; }
.guard { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  background: #fff; color: #1d2330; border: 2px solid #a4262c; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); font: 14px/1.45 system-ui, sans-serif; }
.guard p { margin: 0 0 8px; }
.head { font-weight: 600; font-size: 15px; }
.note { color: #5b6475; font-size: 13px; }
label { display: block; margin: 0 0 4px; font-size: 13px; }
textarea { box-sizing: border-box; width: 100%; min-height: 52px; font: inherit; margin: 0 0 8px;
  border: 1px solid #c9ced8; border-radius: 6px; padding: 4px 6px; }
.row { display: flex; gap: 8px; flex-wrap: wrap; justify-content: flex-end; }
button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #c9ced8; background: #fff;
  color: #1d2330; cursor: pointer; }
button.primary { background: #1f5fbf; border-color: #1f5fbf; color: #fff; font-weight: 600; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .guard { background: #1e232b; color: #e8eaee; }
  button, textarea { background: #1e232b; color: #e8eaee; border-color: #39404c; }
  .note { color: #aab2c0; }
}`;
