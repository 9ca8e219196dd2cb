/* Explainer site behaviour: language switch keeps the anchor; search in a dialog; glossary
 * tooltips; the phone menu from the keyboard. No third-party code: the search client
 * (search.js) and its index are part of this site and only fetched when the reader opens search. */
(function () {
  "use strict";

  /* 1. The language switch lands on the same page and the same #anchor. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && location.hash && !link.hash) {
      link.hash = location.hash;
    }
  });

  /* 2. Search. */
  var dialog = document.getElementById("explainer-search");
  var opener = document.querySelector(".explainer-search__open");
  if (!dialog || !opener) return;
  var input = document.getElementById("explainer-search-input");
  var status = document.getElementById("explainer-search-status");
  var list = document.getElementById("explainer-search-results");
  var ui = dialog.dataset;
  var engine = null;
  var latest = 0;
  var timer = 0;

  function loadEngine() {
    if (engine) return engine;
    var base = new URL(ui.base.replace(/\/?$/, "/"), location.href);
    var lang = document.documentElement.lang || "ar";
    engine = import(new URL("assets/javascripts/search.js", base).href).then(function (mod) {
      return mod.createSearch(base.href, lang);
    });
    return engine;
  }

  function open() {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    loadEngine().catch(function () {
      status.textContent = ui.uiError;
    });
  }

  function clearResults() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function render(items) {
    clearResults();
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.className = "explainer-search__link";
      var title = document.createElement("span");
      title.className = "explainer-search__title";
      title.textContent = item.title;
      var excerpt = document.createElement("span");
      excerpt.className = "explainer-search__excerpt";
      /* text nodes only: the page text is never parsed as HTML */
      excerpt.appendChild(document.createTextNode(item.excerpt[0]));
      if (item.excerpt[1]) {
        var mark = document.createElement("mark");
        mark.textContent = item.excerpt[1];
        excerpt.appendChild(mark);
      }
      excerpt.appendChild(document.createTextNode(item.excerpt[2]));
      a.appendChild(title);
      a.appendChild(excerpt);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function search() {
    var query = input.value.trim();
    var ticket = ++latest;
    clearTimeout(timer);
    if (!query) {
      clearResults();
      status.textContent = "";
      return;
    }
    status.textContent = ui.uiLoading;
    timer = setTimeout(function () {
      loadEngine()
        .then(function (s) { return s.search(query); })
        .then(function (found) {
          if (ticket !== latest) return; /* superseded by newer typing */
          render(found.results);
          status.textContent = found.total ? ui.uiCount + found.total : ui.uiNone;
        })
        .catch(function () {
          status.textContent = ui.uiError;
        });
    }, 120);
  }

  function focusResult(step) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) { input.focus(); return; }
    links[Math.min(next, links.length - 1)].focus();
  }

  opener.addEventListener("click", open);
  input.addEventListener("input", search);
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); focusResult(1); }
    if (event.key === "ArrowUp") { event.preventDefault(); focusResult(-1); }
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close(); /* click on the backdrop */
  });
  dialog.addEventListener("close", function () { opener.focus(); });
  /* ?q=words opens search already filled (a shareable search); ?h=words, set on a result's
     link, marks those words in the section the link leads to (search.js highlight). */
  var params = new URLSearchParams(location.search);
  /* The element id a fragment names; a malformed escape (#%E0%A4%A) is taken as written, so
     the page's words are still marked (no element has that id: the whole text is searched). */
  function fragment(hash) {
    try { return decodeURIComponent(hash.slice(1)); } catch (e) { return hash.slice(1); }
  }
  if (params.get("q")) {
    open();
    input.value = params.get("q");
    search();
  }
  if (params.get("h")) {
    loadEngine().then(function (s) {
      return s.highlight(params.get("h"), fragment(location.hash));
    }).catch(function () {});
  }
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (!typing && !dialog.open && (event.key === "/" || event.key === "s") && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      open();
    }
  });
})();

/* Glossary tooltips: keep them inside the viewport; Esc closes the open one (WCAG 1.4.13). */
(function () {
  "use strict";
  function place(term) {
    var tip = term.querySelector(".term-tip");
    if (!tip) return;
    term.classList.remove("term--closed");
    tip.style.setProperty("--tip-shift", "0px");
    var box = tip.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (box.right > width - 8) shift = width - 8 - box.right;
    if (box.left + shift < 8) shift = 8 - box.left;
    tip.style.setProperty("--tip-shift", shift + "px");
  }
  document.addEventListener("mouseover", function (event) {
    var term = event.target.closest && event.target.closest(".term");
    if (term && !term.contains(event.relatedTarget)) place(term);
  });
  document.addEventListener("focusin", function (event) {
    var term = event.target.closest && event.target.closest(".term");
    if (term) place(term);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".term:hover, .term:focus-within").forEach(function (term) {
      term.classList.add("term--closed");
    });
  });
})();

/* The navigation drawer (phones and tablets): Material opens it with a CSS checkbox and a
 * <label>, which a keyboard cannot reach. Our menu <button> toggles that checkbox, moves focus
 * into the drawer, and Esc closes it and gives focus back to the button. */
(function () {
  "use strict";
  var toggle = document.getElementById("__drawer");
  var button = document.querySelector(".explainer-drawer-toggle");
  if (!toggle || !button) return;
  button.hidden = false;
  function sync() {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  }
  function set(open, moveFocus) {
    toggle.checked = open;
    sync();
    if (!moveFocus) return;
    if (open) {
      var first = document.querySelector(".md-sidebar--primary a[href]");
      if (first) first.focus();
    } else {
      button.focus();
    }
  }
  toggle.addEventListener("change", sync);
  button.addEventListener("click", function (event) {
    set(!toggle.checked, event.detail === 0);  /* detail 0: keyboard activation */
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) set(false, true);
  });
})();

/* Light or dark: the header's button (shown only when this script runs) switches the scheme and
 * remembers the choice; aria-pressed says whether the dark scheme is on. scheme.js applies a
 * stored choice before the first paint; without one, the system's choice applies, and the
 * button's state follows it when it changes. */
(function () {
  "use strict";
  var button = document.querySelector(".explainer-scheme-toggle");
  if (!button) return;
  var root = document.documentElement;
  var system = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function dark() {
    var chosen = root.getAttribute("data-scheme");
    return chosen ? chosen === "dark" : !!(system && system.matches);
  }
  function sync() {
    button.setAttribute("aria-pressed", dark() ? "true" : "false");
  }
  button.hidden = false;
  sync();
  if (system && system.addEventListener) system.addEventListener("change", sync);
  button.addEventListener("click", function () {
    var scheme = dark() ? "light" : "dark";
    root.setAttribute("data-scheme", scheme);
    try { localStorage.setItem("explainer-scheme", scheme); } catch (e) { /* not remembered */ }
    sync();
  });
})();

/* The table of contents marks the section being read (aria-current="location"): the last
 * heading of the TOC whose top has passed the upper third of the window, or the last one in
 * view once the page is scrolled to its end. IntersectionObserver says when a heading crosses
 * that line; positions are read only then. Direction-neutral: only vertical positions count,
 * so it works alike in right-to-left and left-to-right pages. */
(function () {
  "use strict";
  if (!("IntersectionObserver" in window)) return;
  var links = Array.prototype.slice.call(document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']"));
  var entries = [];
  links.forEach(function (link) {
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) entries.push({ link: link, target: target });
  });
  if (!entries.length) return;
  var current = null;
  function update() {
    var line = window.innerHeight / 3;
    var atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    var found = null;
    entries.forEach(function (entry) {
      var top = entry.target.getBoundingClientRect().top;
      if (top <= line || (atEnd && top < window.innerHeight)) found = entry;
    });
    var id = found ? found.target.id : null;
    if (id === current) return;
    current = id;
    entries.forEach(function (entry) {
      if (entry.target.id === id) entry.link.setAttribute("aria-current", "location");
      else entry.link.removeAttribute("aria-current");
    });
  }
  /* the observed area: from far above the page down to the line, so that crossing the line
   * changes a heading's state even when a fast scroll carries it past the window in one frame */
  var observer = new IntersectionObserver(update, { rootMargin: "100000px 0px -66% 0px" });
  entries.forEach(function (entry) { observer.observe(entry.target); });
  window.addEventListener("scroll", function () {
    /* the end of the page is no heading crossing the line: checked on scroll, at most per frame */
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) requestAnimationFrame(update);
  }, { passive: true });
  update();
})();
