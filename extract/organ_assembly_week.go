package extract

import "sort"

// assemblyWeekIn says whether the sentence [ss, se) names the General
// Assembly's high-level week (trigger kind assembly-week: "неделя высокого
// уровня"). A day in a sentence that names no organ but the week is the
// Assembly's meeting, not the Security Council's by default ("Неделя высокого
// уровня пройдет с 19 по 23 сентября"); an organ named in the sentence wins
// over the week, so a Council meeting held during it ("Совет Безопасности (СБ)
// ООН проведет 23 сентября в первый день недели высокого уровня") keeps its
// Council.
func (d *doc) assemblyWeekIn(ss, se int) bool {
	// organFor asks for every day it dates, so start at the sentence, not at
	// the document's first trigger.
	k := sort.Search(len(d.hits.triggers), func(k int) bool { return d.hits.triggers[k].start >= ss })
	for _, h := range d.hits.triggers[k:] {
		if h.start >= se {
			break
		}
		if h.m.key == "assembly-week" {
			return true
		}
	}
	return false
}
