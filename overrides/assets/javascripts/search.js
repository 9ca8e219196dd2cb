/* Site search client, loaded only when a reader opens search (explainer.js imports it).
 * Reads the index written by overrides/hooks/search_index.py: search/<lang>/meta.json holds the
 * folding rules (the same the build used) and the list of term files; a query fetches the term
 * files for its words' first letters and then the texts of the results it shows. No third-party
 * code; every fetch stays on this site. */

const cache = new Map();

function getJSON(url) {
  if (!cache.has(url)) {
    cache.set(url, fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${url}`);
      return r.json();
    }));
  }
  return cache.get(url);
}

/* The term file of a term prefix: FNV-1a over its code points (the build computes the same). */
function bucket(prefix, buckets) {
  let h = 2166136261;
  for (const c of prefix) h = Math.imul((h ^ c.codePointAt(0)) >>> 0, 16777619) >>> 0;
  return h % buckets;
}

class Folder {
  constructor(rules) {
    this.rules = rules;
    this.drop = new RegExp(`[${rules.drop}]`, "gu");
    this.dropOne = new RegExp(`^[${rules.drop}]$`, "u");
    this.table = rules.fold;
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
    const len = (s) => Array.from(s).length; /* code points, as Python's len(), not UTF-16 units */
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
    return target.origin === home.origin && target.pathname.startsWith(home.pathname) ? target.href : null;
  }
  const meta = await getJSON(new URL("meta.json", root));
  const folder = new Folder(meta.rules);
  const shards = new Set(meta.shards.map(String));
  const pageOf = new Map(); /* section → page number, from the postings */

  async function lookup(term, prefix) {
    const name = String(bucket(Array.from(term).slice(0, meta.shard).join(""), meta.buckets));
    if (!shards.has(name)) return new Map();
    const terms = await getJSON(new URL(`t/${name}.json`, root));
    const scores = new Map();
    for (const [t, postings] of Object.entries(terms)) {
      if (t === term || (prefix && t.startsWith(term))) {
        for (const [doc, weight, page] of postings) {
          scores.set(doc, Math.max(scores.get(doc) || 0, weight));
          pageOf.set(doc, page);
        }
      }
    }
    return scores;
  }

  async function search(query, limit = 20) {
    const words = folder.words(query).filter((w) => w.length >= 2);
    if (!words.length) return { total: 0, results: [], terms: [] };
    const keys = words.map((w) => { const f = folder.forms(w); return f[f.length - 1]; });
    const maps = await Promise.all(keys.map((k, i) => lookup(k, i === keys.length - 1)));
    let docs = [...maps[0].keys()].filter((d) => maps.every((m) => m.has(d)));
    const score = (d) => maps.reduce((sum, m) => sum + m.get(d), 0);
    docs.sort((a, b) => score(b) - score(a) || a - b);
    const total = docs.length;
    /* at most two sections of one page, so the list shows the different pages first */
    const perPage = new Map();
    docs = docs.filter((d) => {
      const page = pageOf.get(d);
      perPage.set(page, (perPage.get(page) || 0) + 1);
      return perPage.get(page) <= 2;
    }).slice(0, limit);
    const chunks = await Promise.all([...new Set(docs.map((d) => Math.floor(d / meta.chunk)))]
      .map((c) => getJSON(new URL(`d/${c}.json`, root)).then((rows) => [c, rows])));
    const byChunk = new Map(chunks);
    const results = docs.map((d) => {
      const [url, title, text] = byChunk.get(Math.floor(d / meta.chunk))[d % meta.chunk];
      return { url: onSite(url), title: String(title), excerpt: excerpt(String(text), keys) };
    }).filter((r) => r.url !== null);
    return { total, results, terms: keys };
  }

  /* About 24 words of `text` around the first hit, as [before, hit, after] strings. */
  function excerpt(text, keys) {
    const { folded, map } = folder.foldWithMap(text);
    let at = -1;
    let len = 0;
    for (const k of keys) {
      const i = folded.indexOf(k);
      if (i >= 0 && (at < 0 || i < at)) { at = i; len = k.length; }
    }
    if (at < 0) return [text.slice(0, 160), "", text.length > 160 ? "…" : ""];
    const start = map[at];
    const end = at + len < map.length ? map[at + len] : text.length;
    const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, start - 70)));
    const to = text.indexOf(" ", Math.min(text.length, end + 90));
    return [(from > 0 ? "…" : "") + text.slice(from, start), text.slice(start, end),
      text.slice(end, to < 0 ? text.length : to) + (to < 0 ? "" : "…")];
  }

  return { search };
}
