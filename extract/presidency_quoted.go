package extract

// quotedCountry: a country named inside a quoted title ("the item entitled
// “The situation in Afghanistan”, the President of the Security Council made
// the following statement") is the subject of the item, never the presidency,
// which the UN writes outside quotes ("President: Mr. X (Mexico)").
func (d *doc) quotedCountry(tk token) bool {
	return tk.m.class == clsCountry && d.inQuotes(tk.start)
}
