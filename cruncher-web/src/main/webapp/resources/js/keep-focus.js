// A page re-drawn after an Ajax request (the plan adjuster re-checks the plan after every change) gives the focus
// back to the field the person had moved to, so typing and tabbing through the cells is not interrupted.
(function () {
    if (typeof faces === 'undefined') {
        return;
    }
    var focused = null;
    faces.ajax.addOnEvent(function (data) {
        if (data.status === 'complete') {
            focused = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
        } else if (data.status === 'success' && focused) {
            var element = document.getElementById(focused);
            if (element) {
                element.focus();
            }
        }
    });
})();
