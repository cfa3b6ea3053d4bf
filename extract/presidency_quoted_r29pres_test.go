package extract

import "testing"

// A country quoted together with the presidency phrase is the presidency the
// quoted speaker names, not the subject of a quoted title: "“I would like to
// commend the Maltese presidency and Ian [Borg] personally ...,” Kuleba said"
// gives the Council's meeting of that Friday Malta's presidency. Text:
// timesofmalta.com/article/malta-draws-praise-ukraine-condemnation-russia-un-security-council.1015884
// (February 2023; its first sentence and the quote, the page's date given as a
// date line).
func TestQuotedPresidencySentence(t *testing.T) {
	text := " date 2023-02-25 Malta has attracted praise from Ukraine and angry accusations from Russia, following a heated discussion at the United Nations Security Council on Friday.\n" +
		"“I would like to commend the Maltese presidency and Ian [Borg] personally for his principled position,” Kuleba said on the fringes of the UN meeting.\n"
	f := extractString(t, text)
	for _, r := range f.Relations {
		if r.Predicate == PredPresidedBy && r.Subject == "meeting:UNSC:2023-02-24" && r.Object == "country:MLT" {
			return
		}
	}
	t.Error("presidency meeting:UNSC:2023-02-24 country:MLT not stated: the quote holds the phrase and the country")
}
