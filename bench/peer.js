// The JavaScript peer: same data, same queries, same first page and facet counts as Communs.
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae");
const facetKeys = ["kind", "pillar", "year", "tags", "people", "organisations", "city"];
let mini, items, state = { q: "", filters: {} };

function render() {
  let ids;
  if (state.q.trim()) ids = mini.search(state.q, { prefix: true, combineWith: "AND", boost: { title: 3, people: 2, organisations: 2 } }).map((r) => r.id);
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v.length));
  const result = items.search({ ids, filters, per_page: 20, aggregations: undefined });
  const list = document.getElementById("results");
  list.replaceChildren(...result.data.items.map((e) => {
    const li = document.createElement("li");
    const h = document.createElement("h3");
    h.className = "card-title";
    h.textContent = e.title;
    const p = document.createElement("p");
    p.textContent = e.summary;
    li.append(h, p);
    return li;
  }));
  document.getElementById("results-count").textContent = `${result.pagination.total} résultats`;
  const aside = document.getElementById("facets");
  aside.replaceChildren(...facetKeys.map((key) => {
    const fs = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = key;
    fs.append(legend, ...result.data.aggregations[key].buckets.slice(0, 8).map((b) => {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = (state.filters[key] ?? []).includes(b.key);
      box.addEventListener("change", () => toggle(key, b.key));
      label.append(box, ` ${b.key} ${b.doc_count}`);
      return label;
    }));
    return fs;
  }));
}

function toggle(key, value) {
  const values = state.filters[key] ?? [];
  state.filters[key] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  render();
}

(async () => {
  const data = await (await fetch("/data/commons.json")).json();
  // Ids from 1: ItemsJS takes an id of 0 for none, and a search that found the first entry
  // then threw before it drew the list.
  const docs = data.entries.map((e, i) => ({
    id: i + 1,
    title: e.title,
    summary: e.summary,
    description: e.description ?? "",
    people: (e.people ?? []).map((p) => p.name),
    organisations: e.organisations ?? [],
    tags: e.tags ?? [],
    city: e.place?.city ?? "",
    kind: e.kind,
    pillar: e.pillar,
    year: e.date ? e.date.start.slice(0, 4) : "",
  }));
  mini = new MiniSearch({
    fields: ["title", "summary", "description", "people", "organisations", "tags", "city"],
    extractField: (doc, field) => (Array.isArray(doc[field]) ? doc[field].join(" ") : doc[field]),
    processTerm: (term) => fold(term).replace(/^(l|d|qu|n|s|j)'/, ""),
  });
  mini.addAll(docs);
  items = itemsjs(docs, {
    native_search_enabled: false,
    aggregations: Object.fromEntries(facetKeys.map((k) => [k, { title: k, size: 1000, conjunction: false }])),
  });
  // A word typed while the page loads is searched at once, as the field shows it.
  const field = document.getElementById("recherche");
  state.q = field.value;
  field.addEventListener("input", (ev) => { state.q = ev.target.value; render(); });
  render();
  window.peerToggleFirst = () => {
    const box = document.querySelector("#facets fieldset input");
    box.click();
  };
})();
