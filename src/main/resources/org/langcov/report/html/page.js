(function () {
	'use strict';
	var form = document.getElementById('filters');
	var shown = document.getElementById('shown');
	var rows = Array.prototype.slice.call(document.querySelectorAll('table.documents tbody tr'));
	function checked(name) {
		var values = {};
		Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
			if (box.checked) {
				values[box.value] = true;
			}
		});
		return values;
	}
	// a document shows when one of its versions in a chosen language is in a chosen state
	function apply() {
		var states = checked('state');
		var languages = checked('language');
		var count = 0;
		rows.forEach(function (row) {
			var cells = row.querySelectorAll('td[data-language]');
			var visible = false;
			for (var i = 0; i < cells.length && !visible; i++) {
				visible = languages[cells[i].getAttribute('data-language')] === true
					&& states[cells[i].getAttribute('data-state')] === true;
			}
			row.hidden = !visible;
			if (visible) {
				count++;
			}
		});
		shown.textContent = (count === rows.length)
			? 'Showing all ' + rows.length + ' documents.'
			: 'Showing ' + count + ' of ' + rows.length + ' documents.';
	}
	form.addEventListener('change', apply);
	form.addEventListener('reset', function () {
		window.setTimeout(apply, 0);
	});
	form.hidden = false;
	apply();
}());
