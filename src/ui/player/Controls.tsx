import type { Ref } from 'preact';
import { i18n } from '#i18n';
import { Icon } from './icons';
import type { PlayerControls } from './use-player-controls';

/** Previous, Pause/Resume, Next; then Stop and the always-visible Stop for pain or dizziness. */
export function Controls({
  paused,
  controls,
  pauseRef,
}: {
  paused: boolean;
  controls: PlayerControls;
  pauseRef: Ref<HTMLButtonElement>;
}) {
  return (
    <div class="controls">
      <div class="controls-main">
        <button type="button" class="control" onClick={controls.previous}>
          <Icon name="previous" />
          {i18n.t('player.previous')}
        </button>
        <button type="button" class="control primary" ref={pauseRef} onClick={controls.toggle}>
          <Icon name={paused ? 'play' : 'pause'} />
          {paused ? i18n.t('player.resume') : i18n.t('player.pause')}
        </button>
        <button type="button" class="control" onClick={controls.next}>
          {i18n.t('player.next')}
          <Icon name="next" />
        </button>
      </div>
      <div class="controls-stop">
        <button type="button" class="quiet" onClick={() => controls.finish('stopped')}>
          {i18n.t('player.stop')}
        </button>
        <button type="button" class="danger" onClick={() => controls.finish('pain')}>
          {i18n.t('player.stopPain')}
        </button>
      </div>
    </div>
  );
}
