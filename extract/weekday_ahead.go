package extract

import "github.com/unkg/unkg/rules"

// aheadWins drops the past reading of a weekday that a pattern also reads as
// one to come ("W+0": "يعقد مجلس الأمن الدولي جلسة طارئة، يوم الخميس", a
// meeting announced in the present or future tense): the general
// organ-weekday pattern would take the last such day before the story.
func (d *doc) aheadWins() {
	ahead := map[int]bool{}
	for _, dm := range d.dayMeetings {
		if dm.shift == rules.OnOrAfter {
			ahead[dm.tok] = true
		}
	}
	if len(ahead) == 0 {
		return
	}
	kept := d.dayMeetings[:0]
	for _, dm := range d.dayMeetings {
		if dm.shift == 0 && ahead[dm.tok] {
			continue
		}
		kept = append(kept, dm)
	}
	d.dayMeetings = kept
}
