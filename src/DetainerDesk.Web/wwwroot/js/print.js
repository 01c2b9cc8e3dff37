// The printable detainer's "Print" button; kept out of the page because the CSP forbids inline script.
document.querySelectorAll('[data-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
