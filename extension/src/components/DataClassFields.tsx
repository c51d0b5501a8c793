import { DATA_CLASSES, type DataClass } from '@lantern/shared';
import { formatList, t } from '../i18n';
import { dataClassHint, dataClassLabel } from './status';

const classList = (classes: readonly DataClass[]) =>
  formatList(classes.map((c) => dataClassLabel(c).toLocaleLowerCase()));

interface Props {
  /** The form's id prefix. */
  id: string;
  toolName: string;
  /** Data classes the organisation allows for this tool; empty means no limit. */
  allowed: readonly DataClass[];
  classes: readonly DataClass[];
  toggle: (c: DataClass) => void;
}

/** The data the person puts in, with what the organisation allows and a warning beyond it. */
export function DataClassFields({ id, toolName, allowed, classes, toggle }: Props) {
  const beyond = allowed.length > 0 ? classes.filter((c) => !allowed.includes(c)) : [];
  return (
    <>
      <fieldset>
        <legend>{t('register.dataLegend')}</legend>
        <p className="allowed" id={`${id}-allowed`}>
          {allowed.length > 0
            ? t('register.allowed', { tool: toolName, classes: classList(allowed) })
            : t('register.allowedAny', { tool: toolName })}
        </p>
        {DATA_CLASSES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={classes.includes(c)} onChange={() => toggle(c)} />
            {dataClassLabel(c)} <span className="muted">— {dataClassHint(c)}</span>
          </label>
        ))}
      </fieldset>
      {beyond.length > 0 && (
        <p className="note warn" role="status">
          {t('register.beyond', { tool: toolName, classes: classList(beyond) })}
        </p>
      )}
    </>
  );
}
