/** Options: import (with progress), export as a JSON download, and clearing the reading store (with confirmation). */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../protocol/client.ts';
import { onImportProgress } from '../ui/ext.ts';
import { t } from '../ui/i18n.ts';
import { errorText } from '../ui/useAsync.ts';
import { detectFormat, type ImportFormat, readForImport } from './importFile.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fraction: number }
  | { kind: 'sending'; done?: number; total?: number }
  | { kind: 'done'; text: string; errors: string[] }
  | { kind: 'failed'; text: string };

/** Returns the "Daten" section; `onChanged` runs after the store changed (to refresh statistics). */
export function DataSection({ onChanged }: { onChanged: () => void }): JSX.Element {
  return (
    <section class="op-section" aria-labelledby="op-data">
      <h2 id="op-data">{t('optData')}</h2>
      <ImportForm onChanged={onChanged} />
      <ExportButton />
      <ClearStore onChanged={onChanged} />
    </section>
  );
}

function ImportForm({ onChanged }: { onChanged: () => void }): JSX.Element {
  const fileRef = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'reading' || phase.kind === 'sending';
  // The background broadcasts {done, total} while it analyses imported articles.
  useEffect(
    () =>
      onImportProgress(({ done, total }) =>
        setPhase((p) => (p.kind === 'sending' ? { kind: 'sending', done, total } : p)),
      ),
    [],
  );
  const run = async (e: Event) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setPhase({ kind: 'failed', text: t('optImportNoFile') });
    const fmt = format === 'auto' ? detectFormat(file.name) : format;
    try {
      setPhase({ kind: 'reading', fraction: 0 });
      const data = await readForImport(file, fmt, (fraction) => setPhase({ kind: 'reading', fraction }));
      setPhase({ kind: 'sending' });
      const r = await ask({ type: 'store:import', format: fmt, data });
      setPhase({ kind: 'done', text: t('optImportDone', r.imported, r.skipped), errors: r.errors });
      onChanged();
    } catch (err) {
      setPhase({ kind: 'failed', text: t('optImportFailed', errorText(err)) });
    }
  };
  return (
    <form class="op-subsection" onSubmit={run} aria-labelledby="op-import">
      <h3 id="op-import">{t('optImport')}</h3>
      <p class="kx-muted kx-small">{t('optImportHint')}</p>
      <div class="op-field">
        <label for="op-import-file">{t('optImportFile')}</label>
        <input
          id="op-import-file"
          ref={fileRef}
          type="file"
          accept=".json,.jsonl,.ndjson,.gz,.bin,.kontext"
          disabled={busy}
        />
      </div>
      <div class="op-field">
        <label for="op-import-format">{t('optImportFormat')}</label>
        <select
          id="op-import-format"
          value={format}
          disabled={busy}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ImportFormat | 'auto')}
        >
          <option value="auto">{t('optFormatAuto')}</option>
          <option value="dataset">{t('optFormatDataset')}</option>
          <option value="jsonl">{t('optFormatJsonl')}</option>
          <option value="store">{t('optFormatStore')}</option>
        </select>
      </div>
      <div>
        <button type="submit" class="kx-button kx-button-primary" disabled={busy}>
          {t('optImportStart')}
        </button>
      </div>
      {busy && (
        <div class="op-progress">
          <span id="op-import-phase">
            {phase.kind === 'reading'
              ? t('optImportReading')
              : phase.total
                ? t('optImportSendingCount', phase.done ?? 0, phase.total)
                : t('optImportSending')}
          </span>
          {/* Determinate while reading and while the background reports counts; indeterminate before that. */}
          {phase.kind === 'reading' ? (
            <progress aria-labelledby="op-import-phase" max={1} value={phase.fraction} />
          ) : phase.total ? (
            <progress aria-labelledby="op-import-phase" max={phase.total} value={phase.done ?? 0} />
          ) : (
            <progress aria-labelledby="op-import-phase" />
          )}
        </div>
      )}
      <div role="status" aria-live="polite" class="op-result">
        {phase.kind === 'done' && (
          <>
            <p class="op-ok">{phase.text}</p>
            {phase.errors.length > 0 && (
              <ul class="op-errors">
                {phase.errors.slice(0, 20).map((err, i) => (
                  <li key={`${i}-${err}`}>{err}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {phase.kind === 'failed' && (
          <p class="op-error" role="alert">
            {phase.text}
          </p>
        )}
      </div>
    </form>
  );
}

/** Returns today's date as YYYY-MM-DD (for the export file name). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function ExportButton(): JSX.Element {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    try {
      const { json } = await ask({ type: 'store:export' });
      const name = `${t('optExportFileName')}-${today()}.json`;
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: the download starts asynchronously in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage({ ok: true, text: t('optExportDone', name) });
    } catch (err) {
      setMessage({ ok: false, text: t('optExportFailed', errorText(err)) });
    }
  };
  return (
    <div class="op-subsection">
      <h3>{t('optExport')}</h3>
      <p class="kx-muted kx-small">{t('optExportHint')}</p>
      <div>
        <button type="button" class="kx-button" id="op-export" onClick={run}>
          {t('optExport')}
        </button>
      </div>
      <p role="status" class={message?.ok === false ? 'op-error' : 'op-ok'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}

function ClearStore({ onChanged }: { onChanged: () => void }): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const clear = async () => {
    setConfirming(false);
    try {
      await ask({ type: 'store:clear' });
      setMessage({ ok: true, text: t('optCleared') });
      onChanged();
    } catch (err) {
      setMessage({ ok: false, text: t('optClearFailed', errorText(err)) });
    }
  };
  return (
    <div class="op-subsection">
      <h3>{t('optClear')}</h3>
      {!confirming ? (
        <div>
          <button
            type="button"
            class="kx-button kx-button-danger"
            id="op-clear"
            onClick={() => setConfirming(true)}
          >
            {t('optClear')}
          </button>
        </div>
      ) : (
        <div class="op-confirm" role="alertdialog" aria-labelledby="op-clear-q">
          <p id="op-clear-q">{t('optClearConfirm')}</p>
          <button type="button" class="kx-button kx-button-danger" id="op-clear-yes" onClick={clear}>
            {t('optClearYes')}
          </button>
          <button
            type="button"
            class="kx-button"
            onClick={() => setConfirming(false)}
            ref={(el) => el?.focus()}
          >
            {t('optCancel')}
          </button>
        </div>
      )}
      <p role="status" class={message?.ok === false ? 'op-error' : 'op-ok'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
