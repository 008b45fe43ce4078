/** The page's entities grouped by type; each row reveals the first mention and opens the card. */
import type { JSX } from 'preact';
import { articleCountText } from '../ui/EntityCard.tsx';
import { t } from '../ui/i18n.ts';
import { categoryLabel, TypeBadge } from '../ui/primitives.tsx';
import type { EntityGroup, EntityRow } from './pageModel.ts';

/** Returns the grouped entity lists (or the "no names" note). */
export function EntityList({
  groups,
  hidden,
  onOpen,
}: {
  groups: EntityGroup[];
  hidden: number;
  onOpen: (row: EntityRow) => void;
}): JSX.Element {
  return (
    <section class="pp-section" aria-labelledby="pp-entities">
      <h2 id="pp-entities" class="pp-h2">
        {t('popupEntities')}
      </h2>
      {groups.length === 0 && <p class="kx-muted">{t('popupNoEntities')}</p>}
      {groups.map((g) => (
        <section key={g.type} class="pp-group" aria-labelledby={`pp-group-${g.type}`}>
          <h3 id={`pp-group-${g.type}`} class="pp-h3">
            {t(`group${g.type}`)}
          </h3>
          <ul class="pp-rows">
            {g.rows.map((row) => (
              <li key={row.key}>
                <button type="button" class="pp-row" data-entity={row.name} onClick={() => onOpen(row)}>
                  <span class="pp-row-main">
                    <span class="pp-row-name">{row.name}</span>
                    {(row.summary?.descriptor ?? row.descriptors[0]) && (
                      <span class="pp-row-sub">{row.summary?.descriptor ?? row.descriptors[0]}</span>
                    )}
                    {row.summary && row.summary.articleCount > 0 && (
                      <span class="pp-row-sub">
                        {articleCountText(row.summary.articleCount, row.summary.readCount)}
                      </span>
                    )}
                  </span>
                  {categoryLabel(row.category) && <TypeBadge type={row.type} category={row.category} />}
                  <span
                    class="pp-count"
                    title={
                      row.indices.length === 1 ? t('popupOneMention') : t('popupMentions', row.indices.length)
                    }
                  >
                    <span aria-hidden="true">{row.indices.length}×</span>
                    <span class="kx-sr-only">
                      {row.indices.length === 1
                        ? t('popupOneMention')
                        : t('popupMentions', row.indices.length)}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 && <p class="kx-muted kx-small">{t('popupHidden', hidden)}</p>}
    </section>
  );
}
