package extract

// dayToCome says whether dt is announced as a day to come ("安理会2日将对涉朝
// 决议进行表决", "涉朝决议将于2日接受表决": the profile's day-to-come words
// after and before it): a word for "that same day" in a news story repeats a
// day that has come, the day of the remark ("马丁斯1日说, 安理会2日将……表决。
// 安理会当天……举行磋商" is the 1st), not a later one.
func (d *doc) dayToCome(md *markedDates, dt date) bool {
	s := d.t.s
	return hasPrefix(s[skipSpace(s, dt.end):], md.toComeAfter) > 0 || hasSuffix(s[:dt.start], md.toComeBefore) > 0
}
