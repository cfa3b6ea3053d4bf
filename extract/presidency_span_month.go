package extract

import "strings"

// spanMonthMeetings adds, to the meetings a presidency match resolved (ms),
// the meetings of the month its matched stretch names where the pattern did
// not capture it: a month without a day ({month}) or a month-scope phrase
// ("this month", "este mes") standing between the country and the
// presidency phrase, where each language's word order puts it. "越南以2021年4月份
// 联合国安理会主席身份开展正式活动", "各国祝贺越南于2021年4月正式担任联合国安理会主席",
// "Reino Unido, que asume este mes la presidencia rotatoria del Consejo", or
// right after it, within two words ("cuya presidencia temporal ostenta Portugal
// en noviembre", where the pattern ends on the country): the
// country presides over every meeting of that month the document dates, not
// only the one of its clause (or none, when the document dates several). Only
// the meetings of an organ whose presidency rotates by the month gain
// (presidency_month_organ.go); a meeting expression that already names a
// month that the match bound is left as it is.
func (d *doc) spanMonthMeetings(m *match, expr string, ms []*meetingInfo) []*meetingInfo {
	if monthCaptured(m, expr) {
		return ms
	}
	var extra []*meetingInfo
	last := m.to // and the tokens within two words after it: "cuya presidencia temporal ostenta Portugal en noviembre"
	for n := m.to + 1; n < len(d.toks) && d.toks[n].clause == d.toks[m.to].clause && d.wordsIn(d.toks[m.to].end, d.toks[n].start, 3) <= 2; n++ {
		last = n
	}
	for i := m.from; i <= last && i < len(d.toks); i++ {
		tk := d.toks[i]
		switch {
		case tk.kind == tkMonth:
			extra = append(extra, d.meetingsOfMonthToken(tk)...)
		case tk.kind == tkTrigger && tk.m.key == "month-scope" && d.docDate.full():
			if d.scopeBeforeMonth(i) {
				continue // "for the month of May": the month token that follows is read
			}
			extra = append(extra, d.meetingsOfMonth(d.docDate.m)...)
		}
	}
	if len(extra) == 0 {
		return ms
	}
	seen := map[*meetingInfo]bool{}
	for _, mt := range ms {
		seen[mt] = true
	}
	for _, mt := range extra {
		if !seen[mt] && monthlyOrgans[mt.organ] {
			seen[mt] = true
			ms = append(ms, mt)
		}
	}
	return ms
}

// scopeBeforeMonth says whether month-scope phrase i is followed, with no
// word between, by a month name ("durante el mes de septiembre").
func (d *doc) scopeBeforeMonth(i int) bool {
	n := d.nextToken(i)
	return n >= 0 && d.toks[n].kind == tkMonth && d.wordsIn(d.toks[i].end, d.toks[n].start, 1) == 0
}

// monthCaptured says whether meeting expression expr names a month the match
// bound: @month(this), or @month(M) with capture M taken ("C ~10 担任 ~10
// M:{month}? ~4 主席" leaves M empty when the month stands before the verb).
func monthCaptured(m *match, expr string) bool {
	for _, alt := range strings.Split(expr, "|") {
		alt = strings.TrimSpace(alt)
		if !strings.HasPrefix(alt, "@month(") || !strings.HasSuffix(alt, ")") {
			continue
		}
		if name := alt[len("@month(") : len(alt)-1]; name == "this" || len(m.tokensOf(name)) > 0 {
			return true
		}
	}
	return false
}
