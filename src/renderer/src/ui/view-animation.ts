/**
 * How programmatic view changes move (fit view, zoom buttons, going to a person or a problem). Linear: d3-zoom's
 * default "smooth" path zooms far out in the middle of a long move, below the canvas's minimum zoom (0.002 on
 * the way to fitting 5,000 people), where React Flow mounts every card in the plan for a few frames.
 */
export const VIEW_ANIMATION = { duration: 250, interpolate: 'linear' } as const;
