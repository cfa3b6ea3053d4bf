package extract

// stampDateline says whether dt is a stored page's stamp ("date 2025-11-18"
// before its first words: pageStamp) in a language whose sites print the day
// they publish (the profile's dayword-weekday): the stamp is the page's day,
// its date line, not the day of a meeting the headline after it names
// ("date 2025-11-18 غوتيريش يرحب بتبني مجلس الأمن ..." of a vote held the day
// before). The day words of the story are still dated from it.
func (d *doc) stampDateline(dt date) bool {
	return d.pageStamp(dt) && d.words().daywordWeekday
}
