// Small enhancements only; every page works without this file.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.dataset.submitted === 'yes') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'yes';
  for (const button of form.querySelectorAll('button[type=submit], button:not([type])')) {
    button.setAttribute('aria-disabled', 'true');
  }
});
document.addEventListener('click', (event) => {
  const target = event.target;
  if (target instanceof HTMLElement && target.dataset.action === 'print') window.print();
});
for (const button of document.querySelectorAll('[data-action=print]')) button.hidden = false;
