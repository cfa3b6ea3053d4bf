package extract

// The General Assembly's high-level week is a programme of meetings, and a
// range that the week's own sentence dates ("на неделе высокого уровня ...
// ООН, которая пройдет с 21 по 25 сентября 2025 года", TASS, 19 September
// 2025) is the Assembly's meeting from its first day (testdata/corpus/README.md;
// the high-level weeks of the dev2 gold). The days the text dates inside it
// are the week's own meetings (a Council meeting, a conference, one
// delegation's speech), not the sign of a visit's span that date_span.go
// reads in them. The phrase is trigger kind assembly-week (rules/data/trigger/ru.tsv).

// weekSpan says whether date dt stands in a sentence that names the
// high-level week.
func (d *doc) weekSpan(dt date) bool {
	ss, se := d.sentence(dt.start)
	return d.assemblyWeekIn(ss, se)
}
