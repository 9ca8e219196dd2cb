/* The reader's colour scheme, applied before the first paint: loaded in <head>, not deferred
 * (the Content-Security-Policy allows no inline script). Without a stored choice nothing is set
 * and explainer.css follows the system (prefers-color-scheme); the header's button stores one. */
(function () {
  "use strict";
  try {
    var scheme = localStorage.getItem("explainer-scheme");
    if (scheme === "light" || scheme === "dark") document.documentElement.setAttribute("data-scheme", scheme);
  } catch (e) { /* storage blocked: follow the system */ }
})();
