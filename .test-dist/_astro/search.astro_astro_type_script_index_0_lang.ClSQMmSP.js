var e = [`level`, `workplace`, `region`, `stack`, `employmentType`, `company`, `salary`, `visa`, `equity`],
  t = { newest: { posted: `desc` }, salary: { salary: `desc` }, relevance: void 0 },
  n = 20,
  r = 5;
function i(n) {
  let r = new URLSearchParams(n),
    i = r.get(`sort`) ?? ``,
    a = Object.fromEntries(e.map((e) => [e, [...new Set(r.getAll(e).filter(Boolean))]]));
  return { q: r.get(`q`) ?? ``, sort: i in t ? i : ``, filters: a };
}
function a(t) {
  let n = new URLSearchParams();
  t.q.trim() && n.set(`q`, t.q.trim());
  for (let r of e) for (let e of t.filters[r]) n.append(r, e);
  t.sort && n.set(`sort`, t.sort);
  let r = n.toString();
  return r ? `?${r}` : ``;
}
function o(e) {
  return e.q.trim() ? e.sort || `relevance` : e.sort === `salary` ? `salary` : `newest`;
}
function s(t, n) {
  let r = {};
  for (let i of e) i !== n && t.filters[i].length > 0 && (r[i] = { any: t.filters[i] });
  return r;
}
var c = class extends HTMLElement {
  #e;
  #t;
  #n;
  #r;
  #i;
  #a = 0;
  #o = [];
  #s;
  connectedCallback() {
    ((this.#t = this.querySelector(`form`)),
      (this.#n = this.querySelector(`[data-status]`)),
      (this.#r = this.querySelector(`[data-results]`)),
      (this.#i = this.querySelector(`[data-more]`)),
      (this.#e = this.#c()),
      this.#t.addEventListener(`submit`, (e) => {
        (e.preventDefault(), this.#l(`push`, !1));
      }),
      this.#t.addEventListener(`input`, (e) => {
        e.target.matches(`input[type="search"]`) &&
          (clearTimeout(this.#s), (this.#s = setTimeout(() => this.#l(`replace`, !1), 60)));
      }),
      this.#t.addEventListener(`change`, (e) => {
        let t = e.target;
        t.matches(`input[type="search"]`) || this.#l(`push`, t.matches(`select`));
      }),
      this.#i.addEventListener(`click`, () => void this.#p()),
      window.addEventListener(`popstate`, () => void this.#d(i(location.search))),
      this.#d(i(location.search), !0));
  }
  async #c() {
    let e = await import(this.dataset.pagefind);
    return (
      await e.options({ baseUrl: this.dataset.base ?? `/`, excerptLength: 0 }),
      await e.init(),
      await e.filters(),
      e
    );
  }
  #l(t, n) {
    let r = new FormData(this.#t),
      s = i(``);
    s.q = String(r.get(`q`) ?? ``);
    for (let t of e) s.filters[t] = r.getAll(t).map(String);
    if (n) {
      let e = String(r.get(`sort`) ?? ``);
      s.sort = e === o({ ...s, sort: `` }) ? `` : e;
    } else s.sort = i(location.search).sort;
    let c = `${location.pathname}${a(s)}`;
    (c !== `${location.pathname}${location.search}` &&
      (t === `push` ? window.history.pushState(null, ``, c) : window.history.replaceState(null, ``, c)),
      this.#d(s));
  }
  #u(e) {
    let t = this.#t.elements.namedItem(`q`);
    t.value !== e.q && (t.value = e.q);
    for (let t of this.#t.querySelectorAll(`input[type="checkbox"]`))
      t.checked = e.filters[t.name]?.includes(t.value) ?? !1;
    let n = this.#t.elements.namedItem(`sort`);
    n.value = o(e);
    let r = n.querySelector(`option[value="relevance"]`);
    r.disabled = !e.q.trim();
  }
  async #d(i, c = !1) {
    let l = ++this.#a;
    (this.#u(i), this.setAttribute(`aria-busy`, `true`));
    let u;
    try {
      u = await this.#e;
    } catch {
      this.#n.textContent = `The search index could not be loaded. Reload the page to try again.`;
      return;
    }
    let d = i.q.trim() || null,
      f = o(i),
      p = t[f],
      m = (e) => ({ filters: s(i, e), ...(p ? { sort: { ...p } } : {}) }),
      h = await u.search(d, m()),
      g = { ...h.filters };
    for (let t of e) i.filters[t].length !== 0 && (g[t] = (await u.search(d, m(t))).filters[t] ?? {});
    if (l !== this.#a) return;
    if ((this.#f(g, i), (this.#o = h.results), !(c && a(i) === ``))) {
      let e = await Promise.all(h.results.slice(0, r).map((e) => e.data()));
      if (l !== this.#a) return;
      this.#r.replaceChildren(...e.map((e) => this.#m(e)));
      let t = await Promise.all(h.results.slice(r, n).map((e) => e.data()));
      if (l !== this.#a) return;
      this.#r.append(...t.map((e) => this.#m(e)));
    }
    this.#i.hidden = Math.min(n, h.results.length) >= h.results.length;
    let _ = h.results.length,
      v = { newest: `newest first`, salary: `highest salary first`, relevance: `best match first` }[f];
    ((this.#n.textContent = `${_ === 0 ? `No postings` : _ === 1 ? `1 posting` : `${_} postings`} found, ${v}.`),
      this.removeAttribute(`aria-busy`));
  }
  #f(e, t) {
    for (let n of this.#t.querySelectorAll(`label[data-value]`)) {
      let r = n.querySelector(`input`),
        i = e[r.name]?.[r.value] ?? 0;
      ((n.querySelector(`[data-count]`).textContent = String(i)),
        (n.hidden = i === 0 && !t.filters[r.name]?.includes(r.value) && n.hasAttribute(`data-hide-empty`)));
    }
  }
  async #p() {
    let e = this.#a,
      t = this.#r.children.length,
      r = await Promise.all(this.#o.slice(t, t + n).map((e) => e.data()));
    if (e === this.#a) {
      for (let e of r) this.#r.append(this.#m(e));
      this.#i.hidden = this.#r.children.length >= this.#o.length;
    }
  }
  #m({ url: e, meta: t }) {
    let n = document.createElement(`li`);
    n.className = `job-card`;
    let r = document.createElement(`h3`),
      i = document.createElement(`a`);
    ((i.href = e), (i.textContent = t.title ?? e), r.append(i));
    let a = document.createElement(`ul`);
    a.className = `job-meta`;
    for (let [e, n] of [
      [`company`, ``],
      [`level`, ``],
      [`where`, ``],
      [`salary`, `salary`],
    ]) {
      let r = document.createElement(`li`);
      (n && (r.className = n), (r.textContent = t[e] ?? ``), a.append(r));
    }
    let o = document.createElement(`li`),
      s = document.createElement(`time`);
    return (
      (s.dateTime = t.date ?? ``),
      (s.textContent = t.posted ?? ``),
      o.append(`Posted `, s),
      a.append(o),
      n.append(r, a),
      n
    );
  }
};
typeof customElements < `u` && !customElements.get(`job-search`) && customElements.define(`job-search`, c);
