// Shows each <time class="local-time" datetime="…"> (an instant the server writes in UTC) in the reader's own time
// zone and language; also in rows a table loads later (paging, sorting).
(function () {
    function localise(root) {
        root.querySelectorAll('time.local-time:not([data-local])').forEach(function (time) {
            var instant = new Date(time.dateTime);
            if (!isNaN(instant.getTime())) {
                time.title = time.dateTime;
                time.textContent = instant.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
                time.dataset.local = 'true';
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        localise(document);
        new MutationObserver(function () { localise(document); })
            .observe(document.body, {childList: true, subtree: true});
    });
})();
