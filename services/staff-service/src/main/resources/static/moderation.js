// Keyboard moderation: j/k move between comments, x selects, p publishes, s marks spam, h goes to the reason.
(function () {
  const rows = Array.from(document.querySelectorAll('tr.queued'));
  const form = document.getElementById('decisions');
  let current = -1;
  function focus(index) {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle('current', i === current));
    rows[current].scrollIntoView({block: 'nearest'});
  }
  function decideOnCurrent(button) {
    if (current < 0) return;
    rows.forEach((row, i) => { row.querySelector('input[type=checkbox]').checked = i === current; });
    document.getElementById(button).click();
  }
  document.addEventListener('keydown', (event) => {
    if (event.target.tagName === 'INPUT' && event.target.type !== 'checkbox') return;
    if (event.key === 'j') focus(current + 1);
    else if (event.key === 'k') focus(current - 1);
    else if (event.key === 'x' && current >= 0) { const box = rows[current].querySelector('input[type=checkbox]'); box.checked = !box.checked; }
    else if (event.key === 'p') decideOnCurrent('publish-selected');
    else if (event.key === 's') decideOnCurrent('spam-selected');
    else if (event.key === 'h') { event.preventDefault(); document.getElementById('reason').focus(); }
    else return;
    event.preventDefault();
  });
  if (form && rows.length > 0) focus(0);
})();
