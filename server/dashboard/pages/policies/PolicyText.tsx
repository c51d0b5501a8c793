import { Markdown } from '../../components/Markdown';
import type { Version } from './columns';

/** The full text of one policy version. */
export function PolicyText({ version }: { version: Version }) {
  return (
    <section className="card" style={{ marginTop: '1rem' }} aria-label={`Version ${version.version} text`}>
      <h2>
        v{version.version}: {version.title}
      </h2>
      <Markdown source={version.body} />
    </section>
  );
}
