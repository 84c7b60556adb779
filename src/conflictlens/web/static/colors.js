// Event type -> colour, shared by the map, the legend, the timeline and the list dots.
window.CL_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#1f77b4",
  "Riots": "#e377c2",
  "Strategic developments": "#7f7f7f",
};
window.CL_COLOR = function (type) { return window.CL_COLORS[type] || "#444"; };
document.querySelectorAll(".dot[data-type]").forEach(function (el) {
  el.style.background = window.CL_COLOR(el.getAttribute("data-type"));
});
