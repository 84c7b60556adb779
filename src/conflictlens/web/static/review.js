// Review forms on the incident and document pages: each posts JSON to the API with the reviewer's name,
// the reason and the version shown, then reloads; a refusal (stale version, missing token) is shown as text.
(function () {
  "use strict";
  var status = document.getElementById("review-status");
  var who = document.getElementById("reviewer");
  if (who) {
    who.value = window.localStorage.getItem("cl-reviewer") || "";
    who.addEventListener("change", function () { window.localStorage.setItem("cl-reviewer", who.value.trim()); });
  }

  function say(text, ok) {
    if (!status) return;
    status.textContent = text;
    status.className = "status " + (ok ? "ok" : "error");
  }

  function parseValue(text) {
    var t = text.trim();
    if (/^-?\d+$/.test(t)) return parseInt(t, 10);
    if (/^-?\d*\.\d+$/.test(t)) return parseFloat(t);
    return text;  // the server converts strings to the field's type
  }

  function body(form, action) {
    var data = new FormData(form);
    var out = { by: who ? who.value.trim() : "", reason: (data.get("reason") || "").toString() };
    if (action === "edit") {
      var select = form.querySelector("select[name=report]");
      var option = select.options[select.selectedIndex];
      var change = {};
      change[data.get("field")] = parseValue((data.get("value") || "").toString());
      out.changes = change;
      out.version = parseInt(option.getAttribute("data-version"), 10);
      return ["/api/events/" + encodeURIComponent(select.value) + "/review", out];
    }
    if (action === "merge") {
      out.other = parseInt(data.get("other"), 10);
      out.versions = {};
      out.versions[form.getAttribute("data-incident")] = parseInt(form.getAttribute("data-version"), 10);
    }
    if (action === "split") out.incident_version = parseInt(form.getAttribute("data-version"), 10);
    return [form.getAttribute("data-url"), out];
  }

  function describe(err) {
    var e = (err && err.error) || {};
    var text = (e.message || "the server refused the change") + (e.hint ? " (" + e.hint + ")" : "");
    if (e.current) {
      var keys = ["fatalities", "event_type", "sub_event_type", "actor1", "actor2", "location", "event_date", "version"];
      var parts = keys.filter(function (k) { return k in e.current; }).map(function (k) { return k + " = " + JSON.stringify(e.current[k]); });
      text += ". Current values: " + parts.join(", ");
    }
    return text;
  }

  document.querySelectorAll("form.review-form").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (who && !who.value.trim()) { say("Write your name first: every change is signed.", false); who.focus(); return; }
      if (who) window.localStorage.setItem("cl-reviewer", who.value.trim());
      var action = form.getAttribute("data-action");
      var req = body(form, action);
      say("Saving…", true);
      fetch(req[0], {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(req[1]),
        credentials: "same-origin",
      }).then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) { say(describe(data), false); return; }
          say("Saved.", true);
          window.location.reload();
        });
      }).catch(function (err) { say("The change was not saved: " + err.message, false); });
    });
  });
})();
