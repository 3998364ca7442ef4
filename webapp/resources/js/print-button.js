// The print button of a printable page (the queue ticket): bound here, as the Content Security Policy allows no
// inline handlers.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('printNow');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
