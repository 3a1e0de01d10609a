/** Zoom, fit, snap and minimap controls in the canvas corner; each names its shortcut. */
import { Panel, useStore } from '@xyflow/react';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useMinimapShown, useSettings } from '../store/hooks';
import { cx } from '../ui/cx';
import { Icon } from '../ui/icons';
import { MINIMAP_TOOLTIP } from '@shared/view/minimap-rule';

export function ViewControls() {
  const commands = useCommands();
  const zoom = useStore((s) => s.transform[2]);
  const settings = useSettings();
  const minimap = useMinimapShown();
  return (
    <Panel position="bottom-left" className="op-view-controls" aria-label="View">
      <button
        type="button"
        className="op-icon-button"
        title={titleFor('zoomOut')}
        onClick={() => {
          commands.run('zoomOut');
        }}
      >
        <Icon name="zoomOut" />
      </button>
      <button
        type="button"
        className="op-zoom-level"
        title={titleFor('zoomReset')}
        onClick={() => {
          commands.run('zoomReset');
        }}
      >
        {Math.round(zoom * 100)}%
      </button>
      <button
        type="button"
        className="op-icon-button"
        title={titleFor('zoomIn')}
        onClick={() => {
          commands.run('zoomIn');
        }}
      >
        <Icon name="zoomIn" />
      </button>
      <span className="op-divider" />
      <button
        type="button"
        className="op-icon-button"
        title={titleFor('fitView')}
        onClick={() => {
          commands.run('fitView');
        }}
      >
        <Icon name="fit" />
      </button>
      <button
        type="button"
        className={cx('op-icon-button', settings.snapToGrid && 'is-on')}
        aria-pressed={settings.snapToGrid}
        title={titleFor('snap')}
        onClick={() => {
          commands.run('snap');
        }}
      >
        <Icon name="grid" />
      </button>
      <button
        type="button"
        className={cx('op-icon-button', minimap && 'is-on')}
        aria-pressed={minimap}
        title={titleFor('minimap', MINIMAP_TOOLTIP)}
        onClick={() => {
          commands.run('minimap');
        }}
      >
        <Icon name="map" />
      </button>
    </Panel>
  );
}
