/** Card and gap sizes every layout, the router and the renderers share (canvas pixels). */

/** Nominal card size on the canvas; the layouts keep cards of this size apart. */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;
/** Space between neighbouring cards, and between levels (room for the connectors). */
export const HORIZONTAL_GAP = 40;
export const VERTICAL_GAP = 72;

/** Compact layout: how far a side column (teams, stakeholders) sits right of and below its owner's card. */
export const SIDE_GAP = 32;
export const SIDE_DROP = 24;
/** Compact layout: space between cards stacked in a column. */
export const STACK_GAP = 16;
/** Compact layout: a one-column stack starts this far right of its manager's left edge; the trunk runs halfway. */
export const STACK_INDENT = 40;
/** Compact layout: space between a manager's card (or side column) and the first stacked report. */
export const STACK_TOP = 28;
/** Compact layout: width of the lane between two stacked columns, where their shared trunk runs. */
export const BUS_GAP = 40;
