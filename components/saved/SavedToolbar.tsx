import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export/formats';

export interface SavedToolbarProps {
  count: number;
  onCopyAll: () => void;
  onExport: (format: ExportFormat) => void;
  onImportFile: (file: File) => void;
  onClearAll: () => void;
  /** Absent on the full-page view itself. */
  onOpenFullPage?: () => void;
}

const FORMAT_LABEL: Record<ExportFormat, () => string> = {
  markdown: () => i18n.t('saved.exportFormat.markdown'),
  text: () => i18n.t('saved.exportFormat.text'),
  csv: () => i18n.t('saved.exportFormat.csv'),
  json: () => i18n.t('saved.exportFormat.json'),
  'csl-json': () => i18n.t('saved.exportFormat.cslJson'),
  ris: () => i18n.t('saved.exportFormat.ris'),
};

/**
 * The list's actions: Copy all, Export (a disclosure listing the formats), Import (a file picker), Clear all (asks
 * first) and, in the popup, Open in a tab.
 */
export function SavedToolbar({
  count,
  onCopyAll,
  onExport,
  onImportFile,
  onClearAll,
  onOpenFullPage,
}: SavedToolbarProps) {
  const [exportOpen, setExportOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const empty = count === 0;
  return (
    <div class="saved-toolbar">
      <div class="saved-row">
        <button type="button" disabled={empty} onClick={onCopyAll}>
          {i18n.t('saved.copyAll')}
        </button>
        <button
          type="button"
          disabled={empty}
          aria-expanded={exportOpen}
          aria-controls="saved-export-formats"
          onClick={() => setExportOpen(!exportOpen)}
        >
          {i18n.t('saved.export')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {i18n.t('saved.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          class="saved-visually-hidden"
          tabIndex={-1}
          aria-label={i18n.t('saved.importFile')}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            // Reset so choosing the same file again fires another change.
            event.currentTarget.value = '';
            if (chosen) onImportFile(chosen);
          }}
        />
        <button type="button" disabled={empty} onClick={() => setConfirming(true)}>
          {i18n.t('saved.clearAll')}
        </button>
        {onOpenFullPage && (
          <button type="button" onClick={onOpenFullPage}>
            {i18n.t('saved.openFullPage')}
          </button>
        )}
      </div>
      {exportOpen && !empty && (
        <ul id="saved-export-formats" class="saved-export-formats" aria-label={i18n.t('saved.export')}>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button
                type="button"
                onClick={() => {
                  setExportOpen(false);
                  onExport(format);
                }}
              >
                {FORMAT_LABEL[format]()}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && !empty && (
        <ConfirmClear
          count={count}
          onConfirm={() => {
            setConfirming(false);
            onClearAll();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

/** "Remove all N saved references?" with the safe choice focused. */
function ConfirmClear({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="saved-confirm-clear" class="saved-confirm">
      <p id="saved-confirm-clear">{i18n.t('saved.confirmClear', count)}</p>
      <div class="saved-row">
        <button type="button" onClick={onConfirm}>
          {i18n.t('saved.confirmClearYes')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {i18n.t('saved.cancel')}
        </button>
      </div>
    </div>
  );
}
