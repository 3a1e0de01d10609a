/**
 * Draws the overview canvas at most once per animation frame, and only when the view moved or what is drawn
 * changed. Frames come from the frame cache (frame-cache.ts): a pan is one blit of a bitmap painted at the
 * current zoom; a zoom blits it scaled, and REST_MS after the zoom stopped changing the bitmap is painted again
 * sharp at the new zoom.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flow-types';
import { buildDrawList, type Emphasis } from './draw-list';
import { createTextFitter } from './fit-text';
import { createFrameCache } from './frame-cache';
import { paintOverview } from './paint';
import type { Scene } from './scene';
import { readTheme, type OverviewTheme } from './theme';

/** How long the zoom rests before the scaled bitmap is replaced by a sharp one. */
const REST_MS = 120;

export interface PaintInputs extends Emphasis {
  readonly scene: Scene;
}

/** Paints `inputs` on the canvas; call the returned function after `inputs` changed, or with `theme` after a theme change. */
export function useOverviewPainter(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  inputs: PaintInputs,
): RefObject<((what: 'inputs' | 'theme') => void) | null> {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const current = useRef(inputs);
  const changed = useRef<((what: 'inputs' | 'theme') => void) | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (canvas === null || ctx === null || ctx === undefined) return undefined;
    const fitText = createTextFitter();
    let theme: OverviewTheme | null = null;
    const cache = createFrameCache((target, viewport, dpr) => {
      theme ??= readTheme(canvas);
      const { scene, highlight, focusedId } = current.current;
      paintOverview(target, buildDrawList(scene, viewport, { highlight, focusedId }), theme, dpr, fitText);
    });
    let frame = 0;
    let rest = 0;
    let sharpNext = false;
    let drawn: readonly number[] = [];
    const draw = (): void => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      const dpr = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * dpr);
      const pixelHeight = Math.round(height * dpr);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
      }
      const viewport = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      const sharp = cache.draw(ctx, viewport, dpr, current.current.scene.bounds, !sharpNext);
      sharpNext = false;
      window.clearTimeout(rest);
      if (!sharp)
        rest = window.setTimeout(() => {
          sharpNext = true;
          if (frame === 0) frame = requestAnimationFrame(draw);
        }, REST_MS);
    };
    const schedule = (force: boolean): void => {
      const { transform, width, height } = flowStore.getState();
      const key = [transform[0], transform[1], transform[2], width, height];
      // React Flow's store changes for many reasons; only a moved or resized view needs a new frame.
      if (!force && key.every((v, i) => v === drawn[i])) return;
      drawn = key;
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    changed.current = (what) => {
      if (what === 'theme') theme = null;
      cache.invalidate();
      schedule(true);
    };
    const unsubscribe = flowStore.subscribe(() => {
      schedule(false);
    });
    schedule(true);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      window.clearTimeout(rest);
      cache.dispose();
      changed.current = null;
    };
  }, [canvasRef, flowStore]);

  useEffect(() => {
    current.current = inputs;
    changed.current?.('inputs');
  }, [inputs]);

  return changed;
}
