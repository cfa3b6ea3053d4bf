package extract

// dayToComeMarks stand right after or before a day said to come in Chinese
// news: "安理会2日将对涉朝决议进行表决", "涉朝决议将于2日接受表决".
var (
	dayToComeAfter  = []string{"将", "將"}
	dayToComeBefore = []string{"将于", "將於", "将在", "將在"}
)

// dayToCome says whether dt is announced as a day to come: "当天" in a news
// story repeats a day that has come, the day of the remark ("马丁斯1日说,
// 安理会2日将……表决。安理会当天……举行磋商" is the 1st), not a later one.
func (d *doc) dayToCome(dt date) bool {
	s := d.t.s
	return hasPrefix(s[skipSpace(s, dt.end):], dayToComeAfter) > 0 || hasSuffix(s[:dt.start], dayToComeBefore) > 0
}
