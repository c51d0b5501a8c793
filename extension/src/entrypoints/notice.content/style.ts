/** Inline so no stylesheet has to be web-accessible; the shadow root keeps the page's CSS out. */
export const NOTICE_CSS = `
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 340px;
  background: #fff; color: #1d2330; border: 1px solid #c9ced8; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 14px/1.45 system-ui, sans-serif; }
.notice p { margin: 0 0 8px; }
.head { font-size: 15px; }
.status { font-weight: 600; }
.status-approved { color: #1e7a3c; } .status-conditional { color: #8a5a00; }
.status-review { color: #5b6475; } .status-prohibited { color: #a4262c; }
.conditions { background: #fff4d6; border-radius: 6px; padding: 6px 8px; white-space: pre-line; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #c9ced8; background: #fff; color: #1d2330; cursor: pointer; }
button.primary { background: #1f5fbf; border-color: #1f5fbf; color: #fff; font-weight: 600; }
button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .notice { background: #1e232b; color: #e8eaee; border-color: #39404c; }
  button { background: #1e232b; color: #e8eaee; border-color: #39404c; }
  .conditions { background: #3b3320; }
}`;
