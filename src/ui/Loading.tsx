import { i18n } from '#i18n';

/** What shows for the moment a chunk or a stored value takes to arrive. */
export function Loading() {
  return (
    <p class="loading" aria-busy="true">
      {i18n.t('popup.loading')}
    </p>
  );
}

/**
 * What shows instead of "Loading…" when a chunk could not be loaded (the extension was updated
 * under an open page, the disk is full): that it failed, and a way to try again.
 */
export function LoadFailed({ retry }: { retry: () => void }) {
  return (
    <div>
      <p role="alert" class="alert error">
        {i18n.t('popup.loadFailed')}
      </p>
      <button type="button" onClick={retry}>
        {i18n.t('popup.retry')}
      </button>
    </div>
  );
}
