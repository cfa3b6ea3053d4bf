package extract

// agencySlashAfterDate says whether a date near the start of its line (at ls)
// is followed by a news agency's name between slashes, as WAM writes its
// dateline: "أبوظبي في 14 مايو / وام / أكد ...", "أبوظبي في الأول من ديسمبر/
// وام/ قال ...". Such a date is the story's, as agencyAfterDate's "(شينخوا)";
// a sentence end before the date on its line means the date is inside a
// sentence, not a dateline.
func (d *doc) agencySlashAfterDate(ls int, dt date) bool {
	return d.agencyBetweenAfterDate(ls, dt, '/', '/')
}
