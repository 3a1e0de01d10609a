/**
 * Whether a connection is being dragged on the canvas. Cards render their drop handle (the invisible target over
 * the whole card) only then: every React Flow handle subscribes to React Flow's store, so at rest a card holds four
 * handles instead of five (the drop handle's bounds stay declared in the node's `handles`, geometry.ts, so React
 * Flow finds it as soon as it is in the DOM). A context, not a store selector per card: only the handles re-render
 * when a drag starts or ends, and a card at rest keeps no extra subscription.
 */
import { createContext } from 'react';

export const ConnectingContext = createContext(false);
