// Keys that only move the focus (Tab, Shift, arrows, Enter's release) change no field: their key-up does not reach the
// fields' live-totals requests. Tabbing through the plan form used to send one request per field, and the last
// one, still on its way when a button was pressed, could write the field's old value over what the button had
// filled in (grade 2's largest class emptied by "Load the example school").
(function () {
    var MOVING = ['Tab', 'Shift', 'Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End',
        'PageUp', 'PageDown', 'Escape', 'Control', 'Alt', 'Meta'];
    document.addEventListener('keyup', function (event) {
        if (MOVING.indexOf(event.key) >= 0) {
            event.stopPropagation();
        }
    }, true);
})();
