// Moving between countries with the arrow keys: the next country is the nearest one in the pressed
// direction, as the eye would go, not the next in some list (pure, on projected map points).

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Place {
  key: string;
  /** Projected map pixels: x to the east, y to the south. */
  x: number;
  y: number;
}

const vectors: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export const arrowKeys: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The nearest place ahead of `from` within 60° either side of the direction, straight ahead preferred
 * (sideways distance weighs double); null at the edge of the map.
 */
export function nearestInDirection(from: Place, places: readonly Place[], direction: Direction): Place | null {
  const [dx, dy] = vectors[direction];
  let best: Place | null = null;
  let bestScore = Infinity;
  for (const p of places) {
    if (p.key === from.key) continue;
    const ahead = (p.x - from.x) * dx + (p.y - from.y) * dy;
    const aside = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
    if (ahead <= 0 || aside > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** The place nearest a point: where keyboard focus starts when it enters the map. */
export function nearestTo(x: number, y: number, places: readonly Place[]): Place | null {
  let best: Place | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = p;
    }
  }
  return best;
}
