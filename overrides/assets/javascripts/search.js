/* Site search client, loaded only when a reader opens search (explainer.js imports it).
 * Reads the index written by scripts/explainer/search/ at build time: search/<lang>/meta.json
 * holds the rules (the same the build used: folding, proclitics, stems, stopwords,
 * transliteration, typo, ranking) and the list of term files; a query word costs the term file
 * of its first two letters, and the texts of the results shown are fetched once typing pauses.
 * English stems come from vendor/snowball-porter.js (the build's algorithm), loaded only for a
 * query with a Latin word. No third-party requests; every result link stays on this site. */

const cache = new Map();

/* Every object of the index without a prototype: a word the reader types is looked up in
   them, and "constructor", "__proto__" or "toString" must find the index's entry or nothing,
   never a member of Object.prototype. */
function bare(key, value) {
  return value && typeof value === "object" && !Array.isArray(value)
    ? Object.assign(Object.create(null), value) : value;
}

/* One fetch per file for the whole visit: keyed by the URL's text (a URL object is a new key
   each time, which refetched every term file on every keystroke). */
function getJSON(url) {
  const key = String(url);
  if (!cache.has(key)) {
    cache.set(key, fetch(key).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${key}`);
      return r.text();
    }).then((text) => JSON.parse(text, bare)));
  }
  return cache.get(key);
}

let porter = null;
function loadPorter() {
  if (!porter) porter = import(new URL("vendor/snowball-porter.js", import.meta.url).href).then((m) => m.stem);
  return porter;
}

/* The term file of a term prefix: FNV-1a over its code points (the build computes the same). */
function bucket(prefix, buckets) {
  let h = 2166136261;
  for (const c of prefix) h = Math.imul((h ^ c.codePointAt(0)) >>> 0, 16777619) >>> 0;
  return h % buckets;
}

const len = (s) => Array.from(s).length; /* code points, as Python's len(), not UTF-16 units */
const LATIN = /^[a-z]+$/;
const ARABIC = /^[\u0621-\u064A]+$/;

/* Edits between a and b (letter added, dropped, changed, two neighbours swapped), or max + 1. */
function distance(a, b, max) {
  a = Array.from(a); b = Array.from(b);
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev; prev = row;
  }
  return prev[b.length];
}

class Folder {
  constructor(rules, stem) {
    this.rules = rules;
    this.drop = new RegExp(`[${rules.drop}]`, "gu");
    this.dropOne = new RegExp(`^[${rules.drop}]$`, "u");
    this.table = rules.fold;
    this.suffixes = (rules.arabic_suffixes || []).map((s) => this.fold(s));
    this.translit = (rules.transliteration || []).map(([a, b]) => [new RegExp(a, "g"), b]);
    this.porter = stem;
  }

  fold(text) {
    return Array.from(text.normalize("NFC").toLowerCase().replace(this.drop, ""))
      .map((c) => this.table[c] || c).join("");
  }

  words(text) {
    return this.fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  /* The word with its proclitics peeled, longest first (same steps as the build). */
  forms(word) {
    const r = this.rules;
    const min = r.min_stem;
    const out = [word];
    let w = word;
    if (len(w) > min && r.conjunctions.includes(w[0])) { w = w.slice(1); out.push(w); }
    if (len(w) > min && r.prepositions.includes(w[0])) {
      out.push(w.slice(1));
      if (w.startsWith("لل") && len(w) > min + 1) out.push(r.article + w.slice(2));
      w = out[out.length - 1];
    }
    if (len(w) > min + 1 && w.startsWith(r.article)) out.push(w.slice(r.article.length));
    return [...new Set(out)];
  }

  base(word) {
    const f = this.forms(word);
    return f[f.length - 1];
  }

  /* Porter (Snowball) for an English word, light suffix removal for an Arabic one. */
  stem(base) {
    if (LATIN.test(base)) return base.length > 2 && this.porter ? this.porter(base) : base;
    if (ARABIC.test(base)) {
      let w = base;
      for (const s of this.suffixes) {
        if (w.endsWith(s) && len(w) - len(s) >= this.rules.arabic_min_stem) w = w.slice(0, w.length - s.length);
      }
      return w;
    }
    return base;
  }

  skeleton(base) {
    if (!LATIN.test(base) || base.length < 4) return null;
    return this.translit.reduce((w, [re, to]) => w.replace(re, to), base);
  }

  /* Folded text with, for each folded character, its index in the original text. */
  foldWithMap(text) {
    const chars = [];
    const map = [];
    Array.from(text).reduce((at, c) => {
      const low = c.toLowerCase();
      if (!this.dropOne.test(low)) {
        chars.push(this.table[low] || low);
        map.push(at);
      }
      return at + c.length;
    }, 0);
    return { folded: chars.join(""), map };
  }
}

export async function createSearch(base, lang) {
  const root = new URL(`search/${lang}/`, base);
  const home = new URL(base);
  /* A result links only to a page of this site: a relative path that stays under the site's
     root (no scheme such as javascript:, no other host); anything else is dropped. */
  function onSite(url) {
    if (typeof url !== "string" || /^[a-z][a-z0-9+.-]*:|^\/\/|[\\\s]/i.test(url)) return null;
    const target = new URL(url, home);
    return target.origin === home.origin && target.pathname.startsWith(home.pathname) ? target : null;
  }
  const meta = await getJSON(new URL("meta.json", root));
  const rules = meta.rules;
  const folder = new Folder(rules, null);
  const shards = new Set(meta.shards.map(String));
  const stop = new Set(Object.values(rules.stopwords || {}).flat().map((w) => folder.fold(w)));
  const pageOf = [];
  meta.pages.forEach((count, page) => { for (let k = 0; k < count; k++) pageOf.push(page); });
  let generation = 0;

  function file(term) {
    const name = String(bucket(Array.from(term.replace(/^~/, "")).slice(0, meta.shard).join(""), meta.buckets));
    return shards.has(name) ? getJSON(new URL(`t/${name}.json`, root))
      : Promise.resolve({ t: Object.create(null), a: Object.create(null) });
  }

  /* Sections holding `term`: Map section → weight. */
  async function postings(term) {
    const flat = (await file(term)).t[term];
    const out = new Map();
    if (!Array.isArray(flat)) return out;
    for (let k = 0, doc = 0; k + 1 < flat.length; k += 2) {
      doc += flat[k];
      out.set(doc, flat[k + 1]);
    }
    return out;
  }

  /* One query word → {terms, hits: Map section → [class, weight]}: class 3 as written or
     stemmed or a listed variant, 2 a transliteration or (last word) a word it begins, 1 a typo. */
  async function match(word, last) {
    const b = folder.base(word);
    const s = folder.stem(b);
    const own = await file(b);
    const k = (await file(s)).a[s] || s;
    const hits = new Map();
    const terms = new Set();
    const add = async (term, cls) => {
      const found = await postings(term);
      if (found.size) terms.add(term);
      for (const [doc, weight] of found) {
        const had = hits.get(doc);
        if (!had || had[0] < cls || (had[0] === cls && had[1] < weight)) hits.set(doc, [cls, weight]);
      }
    };
    await add(b, 3);
    await add(k, 3);
    const skel = hits.size ? null : folder.skeleton(b);
    if (skel) {
      const target = (await file("~" + skel)).a["~" + skel];
      if (target) await add(target, 2);
    }
    if (last) {
      for (const t of Object.keys(own.t)) if (t !== b && t.startsWith(b)) await add(t, 2);
    }
    const n = len(b);
    if (!hits.size && n >= rules.typo.min_length) {
      const max = n >= rules.typo.two_edits_from ? 2 : 1;
      for (const t of Object.keys(own.t)) if (distance(b, t, max) <= max) await add(t, 1);
    }
    return { terms, hits };
  }

  /* The query's words that count, each matched; stopwords only when nothing else is left. */
  async function resolve(query) {
    const all = folder.words(query).filter((w) => len(w) >= 2);
    let words = all.filter((w) => !stop.has(w));
    if (!words.length) words = all;
    if (words.some((w) => LATIN.test(w))) folder.porter = await loadPorter();
    const lastWord = all[all.length - 1];
    return Promise.all(words.map((w, i) => match(w, i === words.length - 1 && w === lastWord)));
  }

  async function search(query) {
    const gen = ++generation;
    const matched = await resolve(query);
    if (!matched.length) return { total: 0, results: [], terms: [] };
    const need = Math.max(1, Math.ceil(rules.min_share * matched.length));
    const score = new Map(); /* section → [words, quality, title words, weight] */
    for (const { hits } of matched) {
      for (const [doc, [cls, weight]] of hits) {
        const sc = score.get(doc) || [0, 0, 0, 0];
        sc[0] += 1; sc[1] += cls; sc[2] += weight >= meta.title ? 1 : 0; sc[3] += weight;
        score.set(doc, sc);
      }
    }
    let docs = [...score.keys()].filter((d) => score.get(d)[0] >= need);
    const cmp = (a, b) => {
      const x = score.get(a); const y = score.get(b);
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || y[3] - x[3] || a - b;
    };
    docs.sort(cmp);
    const total = docs.length;
    /* at most `per_page` sections of one page, and among sections that match as many words, each
       page's best before any page's second: the list shows the different pages first */
    const perPage = new Map();
    const nth = new Map();
    docs = docs.filter((d) => {
      perPage.set(pageOf[d], (perPage.get(pageOf[d]) || 0) + 1);
      nth.set(d, perPage.get(pageOf[d]));
      return perPage.get(pageOf[d]) <= rules.per_page;
    });
    const rank = new Map(docs.map((d, i) => [d, i]));
    docs.sort((a, b) => score.get(b)[0] - score.get(a)[0] || nth.get(a) - nth.get(b) || rank.get(a) - rank.get(b));
    docs = docs.slice(0, rules.results);
    const terms = [...new Set(matched.flatMap((m) => [...m.terms]))];
    /* texts only for a query that stays: typing on supersedes it before this wait ends */
    await new Promise((r) => { setTimeout(r, rules.settle_ms); });
    if (gen !== generation) return { total, results: [], terms, stale: true };
    const chunks = await Promise.all([...new Set(docs.map((d) => Math.floor(d / meta.chunk)))]
      .map((c) => getJSON(new URL(`d/${c}.json`, root)).then((rows) => [c, rows])));
    const byChunk = new Map(chunks);
    const results = docs.map((d) => {
      const [url, title, text] = byChunk.get(Math.floor(d / meta.chunk))[d % meta.chunk];
      const target = onSite(url);
      if (!target) return null;
      /* the page marks these words on arrival; folded, so any spelling of the query links alike */
      target.searchParams.set("h", folder.words(query).join(" "));
      return { url: target.href, title: String(title), excerpt: excerpt(String(text), terms) };
    }).filter((r) => r !== null);
    return { total, results, terms };
  }

  /* About 24 words of `text` around the first hit, as [before, hit, after] strings. */
  function excerpt(text, keys) {
    const { folded, map } = folder.foldWithMap(text);
    let at = -1;
    let size = 0;
    for (const k of keys) {
      const i = folded.indexOf(k);
      if (i >= 0 && (at < 0 || i < at)) { at = i; size = k.length; }
    }
    if (at < 0) return [text.slice(0, 160), "", text.length > 160 ? "…" : ""];
    const start = map[at];
    const end = at + size < map.length ? map[at + size] : text.length;
    const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, start - 70)));
    const to = text.indexOf(" ", Math.min(text.length, end + 90));
    return [(from > 0 ? "…" : "") + text.slice(from, start), text.slice(start, end),
      text.slice(end, to < 0 ? text.length : to) + (to < 0 ? "" : "…")];
  }

  /* On arrival from a result: mark the target section and, inside it, the words of `query`
     (text nodes split around <mark>; the page's text is never parsed as HTML). */
  async function highlight(query, id) {
    const scope = (id && document.getElementById(id)) || document.querySelector("[data-search-body]");
    if (!scope) return 0;
    const matched = await resolve(query);
    const terms = new Set(matched.flatMap((m) => [...m.terms]));
    /* a page word counts by its key too: "organisation" is found for "organization" */
    const variants = await getJSON(new URL("variants.json", root)).catch(() => Object.create(null));
    const found = (b) => {
      const s = folder.stem(b);
      return terms.has(b) || terms.has(s) || (Object.hasOwn(variants, s) && terms.has(variants[s]));
    };
    if (id && scope.id === id) scope.classList.add("search-target");
    /* a heading's section, as indexed, runs on to the next heading or marked section */
    const roots = [scope];
    if (scope.tagName === "H2") {
      const starts = "h2[id],[data-search-section][id]";
      for (let el = scope.nextElementSibling; el && !el.matches(starts) && !el.querySelector(starts);
        el = el.nextElementSibling) roots.push(el);
    }
    const nodes = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement.closest("script,style,svg,mark,[data-search-ignore]")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      while (walker.nextNode()) nodes.push(walker.currentNode);
    }
    let marked = 0;
    for (const node of nodes) {
      const text = node.nodeValue;
      const parts = [];
      let at = 0;
      for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+/gu)) {
        const b = folder.base(folder.words(m[0]).join(""));
        if (!b || !found(b)) continue;
        parts.push(text.slice(at, m.index));
        const mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = m[0];
        parts.push(mark);
        at = m.index + m[0].length;
        marked += 1;
      }
      if (!parts.length) continue;
      parts.push(text.slice(at));
      node.replaceWith(...parts.filter((p) => p !== ""));
    }
    return marked;
  }

  return { search, highlight };
}
