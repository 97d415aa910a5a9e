// A table wider than its place scrolls sideways inside its own box (cruncher.css: .table-box and PrimeFaces' table
// wrapper). When nothing in such a box takes the keyboard's focus, the box itself becomes a tab stop (arrow keys then
// scroll it) and a region named after the heading above it, so that keyboard and screen reader users reach what is
// cut off too. Checked again when the window changes size and when a table is redrawn (paging, polling, Ajax).
(function () {
    var FOCUSABLE = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';

    function headingBefore(box) {
        var found = null;
        document.querySelectorAll('h1, h2, h3').forEach(function (heading) {
            if (heading.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) {
                found = heading;
            }
        });
        return found ? found.textContent.replace(/\s+/g, ' ').trim() : document.title;
    }

    function nameOf(box) {
        var table = box.querySelector('table');
        if (table && table.caption && table.caption.textContent.trim()) {
            return table.caption.textContent.trim();
        }
        return headingBefore(box);
    }

    function mark() {
        document.querySelectorAll('.table-box, .ui-datatable-tablewrapper').forEach(function (box) {
            var ours = box.dataset.scrollBox === 'marked';
            if (box.hasAttribute('tabindex') && !ours) {
                return; // the page made it a tab stop itself
            }
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.querySelector(FOCUSABLE)) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-label', nameOf(box));
                box.dataset.scrollBox = 'marked';
            } else if (ours) {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
                delete box.dataset.scrollBox;
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        mark();
        window.addEventListener('load', mark);
        window.addEventListener('resize', mark);
        new MutationObserver(mark).observe(document.body, {childList: true, subtree: true});
    });
})();
