import { UNMAPPED } from './mapped-build';

// A V8 heap snapshot (HeapProfiler.takeHeapSnapshot), its dominator tree, and every byte of it
// given to one owner: the source module whose code or data holds it, or a named part of V8 and
// Chrome. "Retained by module" here is a partition: each object counts once, for the nearest owner
// above it in the dominator tree (the object through which everything else that keeps it alive
// must pass).

interface Raw {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
      location_fields?: string[];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
  locations?: number[];
}

export interface Snapshot {
  count: number;
  type(i: number): string;
  name(i: number): string;
  self(i: number): number;
  /** Outgoing edges of node i. */
  edges(i: number): { type: string; name: string; to: number }[];
  /** Where a function was defined: its script node and 0-based line and column. */
  location(i: number): { scriptNode: number; line: number; column: number } | undefined;
}

export function parseSnapshot(json: string): Snapshot {
  const raw = JSON.parse(json) as Raw;
  const m = raw.snapshot.meta;
  const NF = m.node_fields.length;
  const EF = m.edge_fields.length;
  const [nodeTypes] = m.node_types;
  const [edgeTypes] = m.edge_types;
  const nType = m.node_fields.indexOf('type');
  const nName = m.node_fields.indexOf('name');
  const nSelf = m.node_fields.indexOf('self_size');
  const nEdges = m.node_fields.indexOf('edge_count');
  const eType = m.edge_fields.indexOf('type');
  const eName = m.edge_fields.indexOf('name_or_index');
  const eTo = m.edge_fields.indexOf('to_node');
  const count = raw.nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += (raw.nodes[i * NF + nEdges] as number) * EF;
  }
  firstEdge[count] = raw.edges.length;
  const locations = new Map<number, { scriptNode: number; line: number; column: number }>();
  const lf = m.location_fields ?? [];
  if (raw.locations && lf.length) {
    const [o, s, l, c] = ['object_index', 'script_object_index', 'line', 'column'].map((f) => lf.indexOf(f));
    for (let k = 0; k < raw.locations.length; k += lf.length) {
      locations.set((raw.locations[k + (o as number)] as number) / NF, {
        scriptNode: (raw.locations[k + (s as number)] as number) / NF,
        line: raw.locations[k + (l as number)] as number,
        column: raw.locations[k + (c as number)] as number,
      });
    }
  }
  return {
    count,
    type: (i) => nodeTypes[raw.nodes[i * NF + nType] as number] as string,
    name: (i) => raw.strings[raw.nodes[i * NF + nName] as number] as string,
    self: (i) => raw.nodes[i * NF + nSelf] as number,
    edges(i) {
      const out: { type: string; name: string; to: number }[] = [];
      for (let e = firstEdge[i] as number; e < (firstEdge[i + 1] as number); e += EF) {
        const type = edgeTypes[raw.edges[e + eType] as number] as string;
        const n = raw.edges[e + eName] as number;
        out.push({
          type,
          name: type === 'element' || type === 'hidden' ? String(n) : (raw.strings[n] as string),
          to: (raw.edges[e + eTo] as number) / NF,
        });
      }
      return out;
    },
    location: (i) => locations.get(i),
  };
}

export interface Dominators {
  idom: Int32Array;
  retained: Float64Array;
  /** Reachable nodes, each after every node that dominates it. */
  topDown: number[];
}

/** Immediate dominators from the root (node 0) over strong edges (Cooper, Harvey and Kennedy). */
export function dominators(s: Snapshot): Dominators {
  const n = s.count;
  const succ: number[][] = new Array(n);
  for (let i = 0; i < n; i++) succ[i] = s.edges(i).flatMap((e) => (e.type === 'weak' ? [] : [e.to]));
  const post = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const seen = new Uint8Array(n);
  const stack: [number, number][] = [[0, 0]];
  seen[0] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1] as [number, number];
    const next = (succ[top[0]] as number[])[top[1]];
    if (next !== undefined) {
      top[1]++;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push([next, 0]);
      }
    } else {
      post[top[0]] = order.length;
      order.push(top[0]);
      stack.pop();
    }
  }
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const v of order) for (const w of succ[v] as number[]) (preds[w] as number[]).push(v);
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while ((post[a] as number) < (post[b] as number)) a = idom[a] as number;
      while ((post[b] as number) < (post[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const v = order[k] as number;
      let d = -1;
      for (const p of preds[v] as number[]) {
        if (idom[p] === -1) continue;
        d = d === -1 ? p : intersect(p, d);
      }
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (const v of order) {
    retained[v] = (retained[v] as number) + s.self(v);
    if (v !== 0)
      retained[idom[v] as number] = (retained[idom[v] as number] as number) + (retained[v] as number);
  }
  return { idom, retained, topDown: [...order].reverse() };
}

export interface Attribution {
  /** Bytes per owner; together they are the whole snapshot minus `offHeapBytes`. */
  byOwner: Map<string, number>;
  /** Payloads of external strings (the script's source, kept by Blink): not in the JS heap figure. */
  offHeapBytes: number;
  totalBytes: number;
  /** The largest single objects under a module owner, with the path that names them. */
  largest: { owner: string; what: string; bytes: number }[];
  ownerOf(i: number): string | undefined;
}

export interface AttributeOptions {
  /** URL of the worker's script, as the snapshot's Script node names it. */
  scriptUrl: string;
  moduleAt(line: number, column: number): string | null;
  /** Module per top-level variable of the bundle (minified name). */
  topLevel: Map<string, string>;
}

const SOURCE = '(the worker script, its source text)';
const BINDINGS = '(Chrome: extension API bindings)';
const HIDDEN_CLASSES = '(V8: hidden classes)';
const RUNTIME = '(V8 and Chrome: the rest of the isolate)';

function restKind(type: string): string {
  if (type === 'code') return '(V8: code and metadata shared between functions)';
  if (type.endsWith('string')) return '(V8: strings shared by all code)';
  if (type === 'object shape') return HIDDEN_CLASSES;
  return RUNTIME;
}

/** Gives every byte of the snapshot one owner (see the file's comment). */
export function attribute(s: Snapshot, d: Dominators, o: AttributeOptions): Attribution {
  const hint = new Map<number, string>();
  const bundleScript = (i: number) => s.type(i) === 'code' && s.name(i).includes(o.scriptUrl);
  const scriptOwner = (scriptNode: number) => {
    const name = s.name(scriptNode).replace(/^system \/ Script(?: \/ )?/, '');
    return `(Chrome's own script ${name || '(anonymous)'})`;
  };

  // Functions: their definition's module (or Chrome's script), and the same for what they share.
  const closureOwner = new Map<number, string>();
  for (let i = 0; i < s.count; i++) {
    if (s.type(i) !== 'closure') continue;
    const loc = s.location(i);
    if (!loc) continue;
    const owner = bundleScript(loc.scriptNode)
      ? (o.moduleAt(loc.line, loc.column) ?? UNMAPPED)
      : scriptOwner(loc.scriptNode);
    closureOwner.set(i, owner);
    hint.set(i, owner);
  }
  const contextOwners = new Map<number, Map<string, number>>();
  for (const [i, owner] of closureOwner) {
    for (const e of s.edges(i)) {
      if (e.name === 'shared' && !hint.has(e.to)) hint.set(e.to, owner);
      if (e.name === 'context') {
        const votes = contextOwners.get(e.to) ?? new Map<string, number>();
        votes.set(owner, (votes.get(owner) ?? 0) + 1);
        contextOwners.set(e.to, votes);
      }
    }
  }
  // The bundle's top-level scope: the context whose variables are the bundle's top-level names.
  let topContext = -1;
  let best = 0;
  for (const c of contextOwners.keys()) {
    const hits = s.edges(c).filter((e) => e.type === 'context' && o.topLevel.has(e.name)).length;
    if (hits > best) {
      best = hits;
      topContext = c;
    }
  }
  if (topContext >= 0) {
    hint.set(topContext, '(bundle top-level scope)');
    for (const e of s.edges(topContext)) {
      const m = e.type === 'context' ? o.topLevel.get(e.name) : undefined;
      if (m && !hint.has(e.to)) hint.set(e.to, m);
    }
  }
  // Inner scopes belong to the module of the functions created in them.
  for (const [c, votes] of contextOwners) {
    if (c === topContext || hint.has(c)) continue;
    const [owner] = [...votes].sort((a, b) => b[1] - a[1])[0] as [string, number];
    hint.set(c, owner);
  }
  for (let i = 0; i < s.count; i++) {
    if (bundleScript(i)) hint.set(i, SOURCE);
    else if (s.type(i) === 'code' && s.name(i).startsWith('system / Script') && !hint.has(i))
      hint.set(i, scriptOwner(i));
    else if (!hint.has(i) && s.type(i) === 'native' && /TemplateInfo|TemplateRareData/.test(s.name(i)))
      hint.set(i, BINDINGS);
    else if (!hint.has(i) && s.type(i) === 'object shape') hint.set(i, HIDDEN_CLASSES);
  }

  const owner = new Map<number, string>();
  const byOwner = new Map<string, number>();
  let offHeapBytes = 0;
  let totalBytes = 0;
  for (const v of d.topDown) {
    const inherited = hint.get(v) ?? (v === 0 ? RUNTIME : (owner.get(d.idom[v] as number) ?? RUNTIME));
    owner.set(v, inherited);
    // What nothing of ours or of a named script holds: named by its kind.
    const mine = inherited === RUNTIME ? restKind(s.type(v)) : inherited;
    if (s.type(v) === 'native' && s.name(v).includes('ExternalStringData')) {
      offHeapBytes += s.self(v);
      continue;
    }
    totalBytes += s.self(v);
    byOwner.set(mine, (byOwner.get(mine) ?? 0) + s.self(v));
  }

  // The biggest objects each module holds at its top (its hinted roots), named by their edge.
  const largest: Attribution['largest'] = [];
  if (topContext >= 0) {
    for (const e of s.edges(topContext)) {
      if (e.type !== 'context' || d.idom[e.to] !== topContext) continue;
      largest.push({
        owner: owner.get(e.to) ?? RUNTIME,
        what: `${s.type(e.to)} ${s.name(e.to).slice(0, 40) || '(no name)'} (top-level variable ${e.name})`,
        bytes: d.retained[e.to] as number,
      });
    }
  }
  largest.sort((a, b) => b.bytes - a.bytes);
  return { byOwner, offHeapBytes, totalBytes, largest: largest.slice(0, 15), ownerOf: (i) => owner.get(i) };
}

/** Bytes per V8 object kind (`code:BytecodeArray`, `string`, `closure`…), for a baseline comparison. */
export function byKind(s: Snapshot): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.count; i++) {
    const t = s.type(i);
    const k =
      t === 'code' || t === 'native'
        ? `${t}:${s
            .name(i)
            .replace(/^system \/ /, '')
            .replace(/ \/.*$/, '')}`
        : t === 'object'
          ? 'object'
          : t;
    out.set(k, (out.get(k) ?? 0) + s.self(i));
  }
  return out;
}
