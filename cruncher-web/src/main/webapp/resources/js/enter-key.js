// Enter in a field of a form marked data-enter-scoped does what the field's own part of the form says, never what
// the form's first button does (HTML's implicit submission): inside a part marked data-enter (one tool, e.g. "move
// children") it presses that part's button; elsewhere it only commits the field (its change event, on which the plan
// adjuster checks the plan again) and presses nothing.
(function () {
    var TYPED = ['text', 'number', 'search', 'tel', 'email', 'url'];
    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || !(field instanceof HTMLInputElement) || TYPED.indexOf(field.type) < 0
                || !field.form || !field.form.hasAttribute('data-enter-scoped')) {
            return;
        }
        event.preventDefault();
        var part = field.closest('[data-enter]');
        var button = part ? part.querySelector('input[type=submit], button[type=submit]') : null;
        if (button) {
            button.click();
        } else {
            field.dispatchEvent(new Event('change', {bubbles: true}));
        }
    });
})();
