package extract

// assemblyWeekIn says whether the sentence [ss, se) names the General
// Assembly's high-level week (trigger kind assembly-week: "неделя высокого
// уровня"). A day in a sentence that names no organ but the week is the
// Assembly's meeting, not the Security Council's by default ("Неделя высокого
// уровня пройдет с 19 по 23 сентября"); an organ named in the sentence wins
// over the week, so a Council meeting held during it ("Совет Безопасности (СБ)
// ООН проведет 23 сентября в первый день недели высокого уровня") keeps its
// Council.
func (d *doc) assemblyWeekIn(ss, se int) bool {
	for _, h := range d.hits.triggers {
		if h.start >= se {
			break
		}
		if h.start >= ss && h.m.key == "assembly-week" {
			return true
		}
	}
	return false
}
