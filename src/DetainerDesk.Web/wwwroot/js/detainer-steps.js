// The detainer page's step forms. Their answers to bad input (400) and to a step the law does not allow (422) carry
// the re-rendered forms with a message beside the field: htmx must swap them in, as it does a 409, instead of
// treating them as failed requests and leaving the page as it was. Without JavaScript the forms post as usual.
(function () {
  'use strict';

  // When htmx swaps an element for its new copy it briefly puts back the old copy's settled attributes. A style
  // attribute (even an empty one, which some tools such as accessibility checkers leave behind) would be applied
  // inline, which the Content-Security-Policy forbids; the panels here never carry inline style, so leave it out.
  // This file comes before htmx in the page (htmx is loaded at the end of the body), so wait for it.
  document.addEventListener('DOMContentLoaded', function () {
    if (window.htmx) {
      window.htmx.config.attributesToSettle = ['class', 'width', 'height'];
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    if ((status === 400 || status === 422) && form && form.closest && form.closest('.dd-step-form')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
