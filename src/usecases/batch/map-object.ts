import type { ColumnBinding } from './column-map';
import { bindWithPreset, presetContext, type ColumnPreset } from './presets';
import { toCanonical, type Canonical, type CanonicalContext } from './to-canonical';
import { isXTweet, xTweetToRow, type XUser } from './x-v2';

export type JsonObject = Record<string, unknown>;

const MAX_FLATTEN_DEPTH = 3;
const BINDING_CACHE_LIMIT = 256;

/**
 * Maps one JSON object (a JSON Lines line or an array element) to a canonical row: an X API v2
 * tweet goes through the X mapping; anything else is flattened (`user.screen_name`,
 * `engagement.likes`) and bound by the same column names as CSV, so our own canonical files,
 * Twitter v1.1 statuses and flat tool exports all work. Bindings are cached per key set because
 * a file's objects almost always share one shape.
 *
 * @example new ObjectMapper({}, ctx).map({message: 'Bridge closed', likes: '1.2K'})
 */
export class ObjectMapper {
  private readonly cache = new Map<string, { binding: ColumnBinding; preset: ColumnPreset | null }>();

  constructor(private readonly columnMap: Record<string, string>, private readonly ctx: CanonicalContext, private readonly preset: ColumnPreset | null = null) {}

  map(obj: JsonObject, users?: ReadonlyMap<string, XUser>): Canonical {
    if (Object.keys(this.columnMap).length === 0 && isXTweet(obj)) return xTweetToRow(obj, users ?? new Map(), this.ctx.maxFieldBytes);
    const flat = new Map<string, unknown>();
    flatten(obj, '', 0, flat);
    const keys = [...flat.keys()];
    const signature = keys.join('\u0001');
    let bound = this.cache.get(signature);
    if (!bound) {
      // Objects differ in their keys, so a mapped key missing from one object is that row's problem.
      bound = bindWithPreset(keys, this.columnMap, false, this.preset);
      if (this.cache.size >= BINDING_CACHE_LIMIT) this.cache.clear();
      this.cache.set(signature, bound);
    }
    const binding = bound.binding;
    // Twitter v1.1 statuses carry no platform column, and their `source` is the client app.
    if (flat.has('id_str') && flat.has('user.screen_name')) return toCanonical((k) => flat.get(k), binding, { ...this.ctx, platformHint: 'x' });
    return toCanonical((k) => flat.get(k), binding, presetContext(this.ctx, bound.preset));
  }
}

function flatten(value: JsonObject, prefix: string, depth: number, out: Map<string, unknown>): void {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      if (depth < MAX_FLATTEN_DEPTH) flatten(v as JsonObject, name, depth + 1, out);
    } else if (!Array.isArray(v)) {
      out.set(name, v);
    }
  }
}
