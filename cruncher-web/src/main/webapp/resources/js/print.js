// "Print all plans": prints the result page with every plan and the comparison, not only the best plan.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-print]');
    if (!button) {
        return;
    }
    document.body.classList.toggle('print-all', button.dataset.print === 'all');
    window.print();
});
