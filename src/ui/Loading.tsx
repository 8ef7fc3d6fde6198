import { i18n } from '#i18n';

/** What shows for the moment a chunk or a stored value takes to arrive. */
export function Loading() {
  return (
    <p class="loading" aria-busy="true">
      {i18n.t('popup.loading')}
    </p>
  );
}
