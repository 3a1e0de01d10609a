/**
 * When the minimap is shown. React Flow's MiniMap renders one subscribed component per node (no culling), so on
 * large plans it costs more than the canvas itself during pan and zoom (docs/benchmarks.md). It is therefore
 * hidden automatically above MINIMAP_MAX_NODES nodes, unless the user shows it (Shift+M) on such a plan. Derived
 * on every render from the setting, the plan's size and the session's explicit choice; never stored.
 */
/** Above this many nodes in the plan the minimap is hidden unless the user asks for it. */
export const MINIMAP_MAX_NODES = 1000;

/** The toggle's tooltip (the shortcut is appended): states the rule. */
export const MINIMAP_TOOLTIP = `Show / hide minimap; hidden automatically above ${MINIMAP_MAX_NODES.toLocaleString('en')} cards`;

export interface MinimapInputs {
  readonly settings: { readonly showMinimap: boolean };
  readonly minimapOnLargePlans: boolean;
  readonly nodeCount: number;
}

export function minimapShown({ settings, minimapOnLargePlans, nodeCount }: MinimapInputs): boolean {
  return settings.showMinimap && (nodeCount <= MINIMAP_MAX_NODES || minimapOnLargePlans);
}
