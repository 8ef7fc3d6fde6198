import { i18n } from '#i18n';

/** Says that the last action did not go through; announced at once (role="alert"). */
export function ActionError({ failed }: { failed: boolean }) {
  return failed ? (
    <p class="alert" role="alert">
      {i18n.t('popup.failed')}
    </p>
  ) : null;
}
