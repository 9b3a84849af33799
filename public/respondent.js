// "Exit this page" for respondent pages, after the GOV.UK Design System
// component: the button, or Shift pressed three times within five seconds,
// blanks the page at once and replaces this page in the browser's history with
// the organisation's neutral destination. Plain script, no dependencies, so it
// works on every respondent page, with or without the survey renderer.
(function () {
  "use strict";
  var container = document.querySelector("[data-vv-exit]");
  if (!container) return;
  var button = container.querySelector("a");
  var status = container.querySelector("[data-vv-exit-status]");
  var lights = container.querySelectorAll(".govuk-exit-this-page__indicator-light");
  var indicator = container.querySelector(".govuk-exit-this-page__indicator");
  if (!button) return;

  var TIMEOUT = 5000;
  var presses = 0;
  var timer = null;
  var lastShift = 0;

  function say(text) {
    if (status) status.textContent = text || "";
  }

  function show(count) {
    if (indicator) indicator.classList.toggle("govuk-exit-this-page__indicator--visible", count > 0);
    for (var i = 0; i < lights.length; i += 1) {
      lights[i].classList.toggle("govuk-exit-this-page__indicator-light--on", i < count);
    }
  }

  function reset(expired) {
    presses = 0;
    show(0);
    if (timer) window.clearTimeout(timer);
    timer = null;
    if (expired) say(container.getAttribute("data-text-expired"));
  }

  var exited = false;

  // Every answer on the page goes before leaving: typed text, ticks, and the hidden journey that carries the
  // answers of earlier pages. Whatever the browser keeps of this page (its back-forward cache, restored form
  // state) then holds no answer.
  function clearAnswers() {
    var fields = document.querySelectorAll("input, textarea, select");
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      var type = (field.getAttribute("type") || "").toLowerCase();
      if (type === "checkbox" || type === "radio") {
        field.checked = false;
        field.defaultChecked = false;
      } else if (field.tagName === "SELECT") {
        field.selectedIndex = -1;
      } else if (type !== "submit" && type !== "button") {
        field.value = "";
        field.defaultValue = "";
      }
    }
    var main = document.querySelector("main");
    if (main) main.textContent = "";
  }

  function exit(event) {
    if (event) event.preventDefault();
    exited = true;
    // Blank first: whatever was on screen disappears before the next page loads.
    document.documentElement.classList.add("vv-exiting");
    var overlay = document.createElement("div");
    overlay.className = "govuk-exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = container.getAttribute("data-text-activated") || "";
    document.body.appendChild(overlay);
    document.title = container.getAttribute("data-text-activated") || ".";
    clearAnswers();
    window.location.replace(button.href);
  }

  button.addEventListener("click", exit);

  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Shift") {
        if (presses > 0) reset(false);
        return;
      }
      if (event.repeat) return;
      var now = Date.now();
      if (now - lastShift > TIMEOUT) presses = 0;
      lastShift = now;
      presses += 1;
      show(presses);
      if (presses >= 3) {
        reset(false);
        exit(null);
        return;
      }
      var left = 3 - presses;
      say(container.getAttribute(left === 1 ? "data-text-press-one" : "data-text-press-two"));
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        reset(true);
      }, TIMEOUT);
    },
    true,
  );

  // Coming back with the browser's Back button restores the page from its cache. After an exit the page was
  // emptied: load it afresh (a survey starts again with nothing filled in) rather than show what is left of it.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (exited) {
      window.location.replace(window.location.pathname + window.location.search);
      return;
    }
    document.documentElement.classList.remove("vv-exiting");
    var overlays = document.querySelectorAll(".govuk-exit-this-page-overlay");
    for (var i = 0; i < overlays.length; i += 1) overlays[i].remove();
    reset(false);
  });

  // Character counts on long answers, after the GOV.UK character count: the limit is lifted (so a paste is never cut
  // short unseen), a count under the box says how many characters are left or too many, and a screen reader hears it
  // once typing pauses. The words come with the field (data-text-*), in the page's language.
  var counted = document.querySelectorAll("textarea[data-vv-count]");
  for (var c = 0; c < counted.length; c += 1) countCharacters(counted[c]);

  function countCharacters(field) {
    var limit = Number(field.getAttribute("data-vv-count"));
    if (!(limit > 0)) return;
    field.removeAttribute("maxlength");
    var message = document.createElement("div");
    message.id = field.id + "-count";
    message.setAttribute("data-testid", "character-count");
    var live = document.createElement("div");
    live.className = "govuk-visually-hidden";
    live.setAttribute("aria-live", "polite");
    field.parentNode.insertBefore(live, field.nextSibling);
    field.parentNode.insertBefore(message, field.nextSibling);
    field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + message.id).trim());
    var pause = null;
    var wasError = field.classList.contains("govuk-textarea--error");

    function words() {
      var left = limit - field.value.length;
      var n = Math.abs(left);
      var key =
        left >= 0
          ? n === 1
            ? "data-text-remaining-one"
            : "data-text-remaining-many"
          : n === 1
            ? "data-text-over-one"
            : "data-text-over-many";
      return (field.getAttribute(key) || "").replace("{n}", n.toLocaleString("en-GB"));
    }

    function update(announce) {
      var text = words();
      var over = field.value.length > limit;
      message.textContent = text;
      message.className = "govuk-character-count__message " + (over ? "govuk-error-message" : "govuk-hint");
      field.classList.toggle("govuk-textarea--error", over || wasError);
      if (!announce) return;
      if (pause) window.clearTimeout(pause);
      pause = window.setTimeout(function () {
        live.textContent = text;
      }, 1000);
    }

    field.addEventListener("input", function () {
      update(true);
    });
    update(false);
  }

  // For people who test the page: everything above has run.
  document.documentElement.setAttribute("data-vv-enhanced", "true");
})();
