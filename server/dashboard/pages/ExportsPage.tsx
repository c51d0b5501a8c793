import { PageHead } from '../components/Layout';

const EXPORTS = [
  {
    name: 'inventory',
    title: 'AI system inventory',
    what: 'Every tool with status, users, devices, activity, signals, registrations and flags.',
    controls: 'ISO42001:A.4.4, A.9.4, A.10.3; EUAIA:Art.26',
  },
  {
    name: 'registrations',
    title: 'Use registrations',
    what: 'Who registered which tool for what purpose and with which data classes.',
    controls: 'ISO42001:A.9.3, A.9.4, A.4.3',
  },
  {
    name: 'acknowledgements',
    title: 'Policy acknowledgements',
    what: 'Who accepted which policy version (and tool conditions), with the hash chain.',
    controls: 'ISO42001:A.2.2, Clause 7.3; EUAIA:Art.4',
  },
  {
    name: 'suppliers',
    title: 'Supplier risk facts',
    what: 'For each tool in the inventory: training per plan, retention, data regions, certifications and DPA, each with its source and the day it was checked.',
    controls: 'ISO42001:A.10.3',
  },
  {
    name: 'justifications',
    title: 'Opened with a reason',
    what: 'Reasons people gave to open a prohibited tool that lets them continue with one.',
    controls: 'ISO42001:A.9.2, A.6.2.8',
  },
] as const;

/** Same-origin links: the browser sends the session cookie, and the file downloads. */
const url = (name: string, format: 'csv' | 'json') =>
  new URL(`api/export/${name}.${format}`, new URL('.', window.location.href)).href;

export function ExportsPage() {
  return (
    <>
      <PageHead
        title="Exports"
        intro="Downloads for auditors and your own analysis. Each row carries the control ids it is evidence for."
      />
      <div className="grid grid-2">
        {EXPORTS.map((e) => (
          <section key={e.name} className="card" aria-labelledby={`export-${e.name}`}>
            <h2 id={`export-${e.name}`}>{e.title}</h2>
            <p>{e.what}</p>
            <p className="muted">Evidence for {e.controls}</p>
            <div className="actions">
              <a className="button primary" href={url(e.name, 'csv')} download={`lantern-${e.name}.csv`}>
                Download CSV<span className="visually-hidden"> of the {e.title.toLowerCase()}</span>
              </a>
              <a className="button" href={url(e.name, 'json')} download={`lantern-${e.name}.json`}>
                Download JSON<span className="visually-hidden"> of the {e.title.toLowerCase()}</span>
              </a>
            </div>
          </section>
        ))}
        <section className="card" aria-labelledby="export-evidence">
          <h2 id="export-evidence">Evidence pack</h2>
          <p>
            Inventory, registrations, acknowledgements with chain proof, decision history, policy versions and
            a summary per control id, as one ZIP (with SHA-256 manifest, gaps and an AI bill of materials):
          </p>
          <div className="actions">
            <a
              className="button primary"
              href={new URL('api/export/evidence.zip', new URL('.', window.location.href)).href}
              download="lantern-evidence.zip"
            >
              Download evidence pack (ZIP)
            </a>
          </div>
          <p>Or written to a folder by the command line:</p>
          <pre className="mono">pnpm --silent lantern export evidence --out ./evidence</pre>
          <p className="muted">
            <code>pnpm --silent lantern audit verify</code> checks the hash chains and names the first broken
            record.
          </p>
        </section>
      </div>
    </>
  );
}
