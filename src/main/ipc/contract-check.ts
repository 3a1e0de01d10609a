/**
 * Compile-time proof that main serves exactly the bridge the preload exposes:
 * same methods, same argument types, same results. `npm run typecheck` fails
 * when either side changes alone. Nothing here exists at run time.
 */
import type { OrgPlannerInvokeApi } from '../../preload/api';
import type { INVOKE_CHANNELS } from '../../preload/channels';
import type { MainApi } from './handlers';

// The usual exact-equality test; its type parameters exist only to defer the comparison.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type MainServesTheBridge = Assert<Equals<MainApi, OrgPlannerInvokeApi>>;
export type EveryMethodHasAChannel = Assert<Equals<keyof typeof INVOKE_CHANNELS, keyof MainApi>>;
