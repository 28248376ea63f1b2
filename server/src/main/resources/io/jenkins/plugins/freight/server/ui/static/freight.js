// Freight web UI: the little behaviour the pages need beyond htmx.
// Buttons with data-confirm ask before their form is submitted.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
