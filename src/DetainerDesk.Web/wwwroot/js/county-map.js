// The county map (Features/Jurisdictions/Map): a county's <title> shows on hover in every browser, but not on keyboard
// focus. This repeats the focused or pointed-at county's title in the caption above the map. Without script the
// title and the table below the map still give the same figures.
(function () {
    "use strict";
    var map = document.querySelector("svg[data-map='counties']");
    var caption = document.getElementById("map-caption");
    if (!map || !caption) return;
    function show(event) {
        var link = event.target.closest ? event.target.closest("a") : null;
        var title = link ? link.querySelector("title") : null;
        if (title) caption.textContent = title.textContent;
    }
    map.addEventListener("focusin", show);
    map.addEventListener("mouseover", show);
})();
