// DetainerDesk page behaviour. The Content-Security-Policy allows scripts only from our own origin, so nothing is
// inline: this file, USWDS and htmx are all the JavaScript there is, and every page also works without it.
(function () {
  'use strict';

  // The server marks what a keyboard or screen-reader user should land on: an error summary, or the confirmation of
  // an action. Focus it once, then drop the marker so a later htmx swap elsewhere does not steal focus back.
  function focusMarked(root) {
    var target = root.querySelector('[data-focus-on-load]');
    if (!target) return;
    target.removeAttribute('data-focus-on-load');
    target.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusMarked(document);
  });

  document.addEventListener('htmx:afterSettle', function () {
    focusMarked(document);
  });

  // After the filter form swaps the results, say how many there are: the region itself is not a live region,
  // because reading out a whole table on every change would drown everything else.
  document.addEventListener('htmx:afterSwap', function (event) {
    var announcer = document.getElementById('results-announcer');
    var summary = event.detail.target && event.detail.target.querySelector('[data-results-summary]');
    if (announcer && summary) {
      announcer.textContent = summary.textContent;
    }
  });

  // htmx leaves the page as it was when a request fails (a network error, a 5xx): tell the user instead of
  // failing silently, and let them reload to see the current state.
  function showRequestProblem() {
    var main = document.getElementById('main-content');
    if (!main || document.getElementById('request-problem')) return;
    var alert = document.createElement('div');
    alert.id = 'request-problem';
    alert.className = 'usa-alert usa-alert--error usa-alert--slim dd-flash';
    alert.setAttribute('role', 'alert');
    var body = document.createElement('div');
    body.className = 'usa-alert__body';
    var text = document.createElement('p');
    text.className = 'usa-alert__text';
    text.textContent = 'That did not work. Reload the page and try again; if it keeps happening, contact support.';
    body.appendChild(text);
    alert.appendChild(body);
    main.querySelector('.grid-container').prepend(alert);
  }

  document.addEventListener('htmx:responseError', showRequestProblem);
  document.addEventListener('htmx:sendError', showRequestProblem);
})();
